package com.localizevideos.headroom.batch;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.localizevideos.headroom.common.PathIds;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** Batch evaluation: start a run over all (or some) accounts, then follow its progress. */
@Path("/api/v1/evaluations/batch")
@RolesAllowed({Roles.APP, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchResource {
    @Inject
    BatchService batches;

    @POST
    public Response start(@Valid BatchRequest request) {
        BatchRunView run = batches.start(request == null ? new BatchRequest(null, null, null) : request);
        return Response.accepted(run).location(URI.create("/api/v1/evaluations/batch/" + run.id())).build();
    }

    @GET
    @Path("/{id}")
    public BatchRunView progress(@PathParam("id") String id) {
        return batches.find(PathIds.uuid("id", id, "batch run"))
                .orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Batch run " + id + " is not known.")));
    }
}
