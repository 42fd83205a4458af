package com.localizevideos.headroom.audit.chain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Principals;
import com.localizevideos.headroom.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Tamper evidence: {@code GET /api/v1/audit/verify} walks the audit hash chain now and names the first broken link;
 * {@code GET /api/v1/audit/verify/latest} answers the latest recorded walk (by anyone, or the schedule) without walking.
 */
@Path("/api/v1/audit/verify")
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {
    @Inject
    ChainVerifications verifications;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public ChainVerifyView verify() {
        return verifications.verify(Principals.nameOf(identity)).result();
    }

    @GET
    @Path("/latest")
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public ChainVerificationView latest() {
        return verifications.latest().orElseThrow(() -> new ProblemException(Problem.ofStatus(404,
                "The chain has not been verified yet; GET /api/v1/audit/verify walks it now.")));
    }
}
