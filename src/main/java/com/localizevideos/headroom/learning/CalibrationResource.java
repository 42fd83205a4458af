package com.localizevideos.headroom.learning;

import java.net.URI;
import java.util.List;

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

/** {@code /api/v1/calibrations}: fit a calibration from recorded outcomes now; list and read the stored ones. */
@Path("/api/v1/calibrations")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationResource {
    @Inject
    CalibrationService calibrations;

    @Inject
    CalibrationStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.ADMIN})
    public Response fit(CalibrationRequest request) {
        CalibrationView view = calibrations.fit(request == null ? new CalibrationRequest(null, null, null) : request);
        return Response.created(URI.create("/api/v1/calibrations/" + view.version())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.GOVERNANCE, Roles.GROWTH_OPS, Roles.EXEC, Roles.ADMIN})
    public List<CalibrationView> list() {
        return store.list();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.GOVERNANCE, Roles.GROWTH_OPS, Roles.EXEC, Roles.ADMIN})
    public CalibrationView get(@PathParam("version") String version) {
        return store.find(version).orElseThrow(() -> new ProblemException(Problem.ofStatus(404,
                "Calibration " + version + " is not known; GET /api/v1/calibrations lists them.")));
    }
}
