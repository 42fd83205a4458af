package com.localizevideos.headroom.audit.chain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.security.Roles;

/** Tamper evidence: walks the audit hash chain and names the first broken link. Reads only. */
@Path("/api/v1/audit/verify")
@Produces(MediaType.APPLICATION_JSON)
public class ChainResource {
    @Inject
    ChainVerifier verifier;

    @GET
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public ChainVerifyView verify() {
        return verifier.verify();
    }
}
