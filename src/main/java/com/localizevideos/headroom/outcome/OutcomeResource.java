package com.localizevideos.headroom.outcome;

import java.util.List;
import java.util.UUID;

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

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;

/** {@code POST /api/v1/actions/{id}/outcome}: how the customer responded to an action. */
@Path("/api/v1/actions/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {
    @Inject
    OutcomeService outcomes;

    @POST
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") OutcomeRequest body) {
        UUID actionId;
        try {
            actionId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException("invalid-id", "Invalid action id", 400, "an action id is a UUID",
                    List.of(LocatedProblem.atField("id", "'" + id + "' is not a UUID")));
        }
        return Response.status(Response.Status.CREATED).entity(outcomes.record(actionId, body)).build();
    }
}
