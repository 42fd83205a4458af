package com.localizevideos.headroom.evaluation;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import com.localizevideos.headroom.idempotency.IdempotencyService;
import com.localizevideos.headroom.security.Roles;

/** {@code POST /api/v1/evaluations}: decide for one account now or as of an instant; honours {@code Idempotency-Key}. */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {
    @Inject
    EvaluationService evaluations;

    @Inject
    IdempotencyService idempotency;

    @POST
    @RolesAllowed({Roles.APP, Roles.ADMIN})
    public Response evaluate(@Valid @NotNull EvaluationRequest request,
                             @RestHeader(IdempotencyService.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST", "/api/v1/evaluations", request, () -> {
            EvaluationView view = evaluations.evaluate(request);
            return new IdempotencyService.Answer(201, view, URI.create("/api/v1/audit/evaluations/" + view.id()));
        });
    }
}
