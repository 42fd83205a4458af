package com.localizevideos.headroom.evaluation;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/v1/evaluations}: decide for one account now or as of an instant. */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {
    @Inject
    EvaluationService evaluations;

    @POST
    public Response evaluate(@Valid @NotNull EvaluationRequest request) {
        EvaluationView view = evaluations.evaluate(request);
        return Response.created(URI.create("/api/v1/audit/evaluations/" + view.id())).entity(view).build();
    }
}
