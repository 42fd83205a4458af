package com.localizevideos.headroom.outcome;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.localizevideos.headroom.common.PathIds;

/** {@code POST /api/v1/actions/{id}/outcome}: how the customer responded to an action. */
@Path("/api/v1/actions/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {
    @Inject
    OutcomeService outcomes;

    @POST
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") OutcomeRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(outcomes.record(PathIds.uuid("id", id, "action"), body)).build();
    }
}
