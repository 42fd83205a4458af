package com.localizevideos.headroom.outcome;

import jakarta.annotation.security.RolesAllowed;
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

import org.jboss.resteasy.reactive.RestHeader;

import com.localizevideos.headroom.common.PathIds;
import com.localizevideos.headroom.idempotency.IdempotencyService;
import com.localizevideos.headroom.security.Roles;

/** {@code POST /api/v1/actions/{id}/outcome}: how the customer responded to an action; honours {@code Idempotency-Key}. */
@Path("/api/v1/actions/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {
    @Inject
    OutcomeService outcomes;

    @Inject
    IdempotencyService idempotency;

    @POST
    @RolesAllowed({Roles.CS, Roles.APP, Roles.ADMIN})
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") OutcomeRequest body,
                           @RestHeader(IdempotencyService.HEADER) String idempotencyKey) {
        var actionId = PathIds.uuid("id", id, "action");
        return idempotency.once(idempotencyKey, "POST", "/api/v1/actions/" + actionId + "/outcome", body,
                () -> new IdempotencyService.Answer(201, outcomes.record(actionId, body), null));
    }
}
