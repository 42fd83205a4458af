package com.localizevideos.headroom.observation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.security.Roles;

/**
 * Observation intake. 200 when at least one item was stored or recognised as a duplicate (rejected items are listed
 * in the body); 422 problem when every item was rejected; 400 for a malformed body; 413 over the batch limit.
 */
@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    private final ObservationService service;

    public ObservationResource(ObservationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.APP, Roles.ADMIN})
    public ObservationBatchView post(@NotNull(message = "is required: send a JSON body") ObservationBatchRequest body) {
        return service.ingest(body);
    }
}
