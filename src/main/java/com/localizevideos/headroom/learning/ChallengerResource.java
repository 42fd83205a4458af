package com.localizevideos.headroom.learning;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** {@code /api/v1/challengers}: propose readiness weights learned from outcomes, and download the proposed workbook. */
@Path("/api/v1/challengers")
public class ChallengerResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ChallengerService challengers;

    @Inject
    ChallengerStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN})
    public Response propose(ChallengerRequest request) {
        ChallengerView view = challengers.propose(request == null ? new ChallengerRequest(null, null, null, null, null)
                : request);
        return Response.created(URI.create(view.workbook())).entity(view).build();
    }

    @GET
    @Path("/{id}/workbook")
    @Produces({XLSX, "application/problem+json"})
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
    public Response workbook(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
        byte[] bytes = store.workbook(uuid).orElseThrow(() -> notFound(id));
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"readiness-challenger-" + id + ".drl.xlsx\"").build();
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.ofStatus(404, "Challenger " + id + " is not known; POST /api/v1/challengers "
                + "proposes one."));
    }
}
