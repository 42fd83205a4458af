package com.localizevideos.headroom.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP path policies of {@code application.properties} ({@code quarkus.http.auth.permission.*.policy}). Unlike
 * Quarkus' built-in ones they refuse an anonymous caller by failing with {@link UnauthorizedException}, so the 401
 * goes through {@link AuthProblems} and gets a problem body instead of an empty challenge.
 */
public final class LoginPolicies {

    private LoginPolicies() {
    }

    /** Base: anonymous callers get a 401, authenticated ones pass when {@link #allows} says so, else a 403. */
    abstract static class LoginPolicy implements HttpSecurityPolicy {
        abstract boolean allows(SecurityIdentity identity);

        @Override
        public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                                AuthorizationRequestContext context) {
            return identity.onItem().transformToUni(id -> id.isAnonymous()
                    ? Uni.createFrom().failure(new UnauthorizedException())
                    : Uni.createFrom().item(allows(id) ? CheckResult.PERMIT : CheckResult.DENY));
        }
    }

    /** {@code login-required}: any authenticated caller; the catch-all behind which every API path sits. */
    @ApplicationScoped
    public static class LoginRequired extends LoginPolicy {
        @Override
        boolean allows(SecurityIdentity identity) {
            return true;
        }

        @Override
        public String name() {
            return "login-required";
        }
    }

    /** {@code metrics-readers}: Prometheus scrapers ({@link Roles#MONITORING}) and {@link Roles#ADMIN}. */
    @ApplicationScoped
    public static class MetricsReaders extends LoginPolicy {
        private static final Set<String> ROLES = Set.of(Roles.MONITORING, Roles.ADMIN);

        @Override
        boolean allows(SecurityIdentity identity) {
            return ROLES.stream().anyMatch(identity::hasRole);
        }

        @Override
        public String name() {
            return "metrics-readers";
        }
    }
}
