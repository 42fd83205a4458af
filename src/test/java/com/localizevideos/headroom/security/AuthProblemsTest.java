package com.localizevideos.headroom.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.common.Problem;
import io.quarkus.oidc.OIDCException;

/** The identity provider being down is the service's dependency failing, not the caller's fault: 503, not 500. */
class AuthProblemsTest {

    @Test
    void unreachableIdentityProviderIsA503ProblemWithRetryAfter() {
        Response response = new AuthProblems().identityProviderUnavailable(new OIDCException("OIDC Server is not available"));
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("30", response.getHeaderString("Retry-After"));
        assertEquals(503, ((Problem) response.getEntity()).status());
    }
}
