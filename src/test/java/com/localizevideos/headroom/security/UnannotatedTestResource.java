package com.localizevideos.headroom.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoint that nobody gave a role rule: it stands for the next endpoint someone forgets to annotate, and
 * {@link RoleMatrixTest} proves that deny-by-default refuses it to every role, admin included.
 */
@Path("/test-only/unannotated")
public class UnannotatedTestResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
        return "should never be answered";
    }
}
