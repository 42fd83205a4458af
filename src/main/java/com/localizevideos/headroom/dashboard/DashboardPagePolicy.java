package com.localizevideos.headroom.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code dashboard-pages} ({@code quarkus.http.auth.permission.dashboard.policy}): a browser without a session is sent
 * to the login page (which brings it back afterwards), a logged-in user opens the pages of {@link DashboardPage} their
 * roles allow and gets a 403 for the others. Other files under {@code /dashboard/} (none today) need only a login.
 */
@ApplicationScoped
public class DashboardPagePolicy implements HttpSecurityPolicy {
    /** The login form; public, like the style sheet and scripts under {@code /dashboard/assets/}. */
    public static final String LOGIN_PAGE = "/dashboard/login.html";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        return identity.onItem().transformToUni(id -> {
            if (id.isAnonymous()) {
                return Uni.createFrom().failure(new AuthenticationRedirectException(302, loginUrl(request)));
            }
            Optional<DashboardPage> page = DashboardPage.at(request.normalizedPath());
            boolean allowed = page.map(p -> p.allows(id)).orElse(true);
            return Uni.createFrom().item(allowed ? CheckResult.PERMIT : CheckResult.DENY);
        });
    }

    private static String loginUrl(RoutingContext request) {
        String uri = request.request().uri();
        return LOGIN_PAGE + "?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "dashboard-pages";
    }
}
