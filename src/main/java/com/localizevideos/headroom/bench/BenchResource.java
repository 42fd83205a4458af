package com.localizevideos.headroom.bench;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.localizevideos.headroom.security.Roles;
import io.quarkus.resteasy.reactive.server.EndpointDisabled;

/** {@code /bench}: the in-process rules-versus-Java run and the one-INSERT baseline, only when enabled. */
// Quarkus REST evaluates the property when the application starts (not at build): disabled, these paths do not exist.
@Path("/bench")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = "headroom.bench.enabled", stringValue = "false", disableIfMissing = true)
public class BenchResource {
    @Inject
    InProcessBench inProcess;

    @Inject
    BenchWriteRecorder writes;

    @POST
    @Path("/in-process")
    @Operation(hidden = true)
    public InProcessRunView inProcess(@QueryParam("evaluations") @Min(1) @Max(5_000_000) Integer evaluations,
                                      @QueryParam("warmup") @Min(0) @Max(5_000_000) Integer warmup) {
        return inProcess.run(evaluations, warmup);
    }

    @Inject
    ScoringBench scoring;

    /** Full evaluation (with probability, revenue potential, forecast) against the core one; see bench/README.md. */
    @POST
    @Path("/scoring")
    @Operation(hidden = true)
    public ScoringBench.View scoring(@QueryParam("evaluations") @Min(1) @Max(5_000_000) Integer evaluations,
                                     @QueryParam("warmup") @Min(0) @Max(5_000_000) Integer warmup) {
        return scoring.run(evaluations, warmup);
    }

    @POST
    @Path("/insert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response insert(@Valid @NotNull BenchWriteRequest request) {
        return Response.status(Response.Status.CREATED).entity(writes.record(request)).build();
    }
}
