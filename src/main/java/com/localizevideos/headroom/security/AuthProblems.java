package com.localizevideos.headroom.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.Problem;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 401 and 403 answers as problem+json, wherever Quarkus decides them: in its HTTP layer (wrong credentials, path
 * policies; a route failure handler) or in the REST layer ({@code @RolesAllowed}; exception mappers). A 401 keeps the
 * {@code WWW-Authenticate} challenge of the configured mechanisms (Bearer for OIDC, Basic for built-in users). When the
 * identity provider cannot be reached to check a token, the answer is a 503 problem, not a 500.
 */
@ApplicationScoped
public class AuthProblems {
    private static final Logger LOG = Logger.getLogger(AuthProblems.class);
    private static final String IDP_UNAVAILABLE = "The identity provider cannot be reached to check the token; "
            + "try again shortly.";
    private static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    ObjectMapper json;

    /** Where the login form posts and where a refused login goes (README, Dashboards). */
    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String formPostLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/dashboard/login.html?error=true")
    String formErrorPage;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handleFailure);
    }

    void handleFailure(RoutingContext event) {
        Throwable failure = event.failure();
        if (failure instanceof AuthenticationRedirectException redirect && !event.response().headWritten()) {
            // A browser without a session on a dashboard page: to the login page.
            event.response().setStatusCode(redirect.getCode()).putHeader(HttpHeaders.LOCATION, redirect.getRedirectUri())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
            return;
        }
        if (event.response().headWritten() || !(unauthorized(failure) || failure instanceof ForbiddenException
                || failure instanceof OIDCException)) {
            event.next();
            return;
        }
        if (unauthorized(failure) && event.request().path().equals(formPostLocation)) {
            // A refused form login: back to the form, which says so (no challenge: the browser would ask again).
            event.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, formErrorPage)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
            return;
        }
        if (failure instanceof ForbiddenException && browserPage(event)) {
            event.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(FORBIDDEN_PAGE.formatted(forbidden(event).replace("&", "&amp;").replace("<", "&lt;")));
            return;
        }
        if (failure instanceof OIDCException) {
            event.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
            end(event, 503, IDP_UNAVAILABLE, null);
        } else if (failure instanceof ForbiddenException) {
            end(event, 403, forbidden(event), null);
        } else {
            challenge(event).subscribe().with(c -> end(event, 401, unauthorized(event, failure), c),
                    e -> end(event, 401, unauthorized(event, failure), null));
        }
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Uni<Response> unauthorizedInRest(RuntimeException e, RoutingContext event) {
        return challenge(event).onFailure().recoverWithNull().map(c -> {
            Response.ResponseBuilder response =
                    Response.fromResponse(Problem.ofStatus(401, unauthorized(event, e)).toResponse());
            if (c != null) {
                c.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        });
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warnf("Identity provider unavailable: %s", e.getMessage());
        return Response.fromResponse(Problem.ofStatus(503, IDP_UNAVAILABLE).toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response forbiddenInRest(ForbiddenException e, RoutingContext event) {
        return Problem.ofStatus(403, forbidden(event)).toResponse();
    }

    private static final String FORBIDDEN_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not for your role — Headroom</title>
            <link rel="stylesheet" href="/dashboard/assets/app.css"></head>
            <body><main class="refused"><h1>Not for your role</h1><p id="refusal">%s</p>
            <p><a href="/dashboard/">Back to your dashboards</a></p></main></body></html>
            """;

    /** A dashboard page opened by a browser: refused with a page a person can read, not a problem document. */
    private static boolean browserPage(RoutingContext event) {
        String accept = event.request().getHeader(HttpHeaders.ACCEPT);
        return event.request().path().startsWith("/dashboard") && accept != null && accept.contains("text/html");
    }

    private static boolean unauthorized(Throwable failure) {
        return failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException;
    }

    /** The challenge Quarkus would send, unless one is already on the response. */
    private static Uni<ChallengeData> challenge(RoutingContext event) {
        HttpAuthenticator authenticator = event.get(HttpAuthenticator.class.getName());
        if (authenticator == null || event.response().headers().contains("WWW-Authenticate")) {
            return Uni.createFrom().nullItem();
        }
        return authenticator.getChallenge(event).map(c -> {
            if (c == null || c.status != 302) {
                return c;
            }
            // The form's challenge also remembered this URL for after a login: forget it, it is not a page.
            event.response().removeCookie(LOCATION_COOKIE, false);
            return BASIC_CHALLENGE;
        });
    }

    /**
     * With form login on, Quarkus makes its Basic mechanism silent, so the challenge it would pick is the form's redirect
     * to the login page. An API caller needs a 401 naming the scheme it can answer instead; browsers on dashboard pages
     * are sent to the login form by the dashboard page policy, not by this challenge.
     */
    private static final ChallengeData BASIC_CHALLENGE = new ChallengeData(401, "WWW-Authenticate", "basic");
    private static final String LOCATION_COOKIE = "quarkus-redirect-location";

    private void end(RoutingContext event, int status, String detail, ChallengeData challenge) {
        if (event.response().ended()) {
            return;
        }
        if (challenge != null) {
            challenge.getHeaders().forEach((name, value) -> event.response().putHeader(name, value));
        }
        try {
            event.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(Problem.ofStatus(status, detail))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unauthorized(RoutingContext event, Throwable failure) {
        return (failure instanceof AuthenticationFailedException
                ? "The credentials sent with " + request(event) + " were not accepted."
                : request(event) + " needs authentication.")
                + " Send an OIDC bearer token (Authorization: Bearer ...); a local run also accepts HTTP Basic for its"
                + " built-in users.";
    }

    private static String forbidden(RoutingContext event) {
        SecurityIdentity identity = event.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        String who = identity == null || identity.isAnonymous() ? "This caller"
                : "User '" + identity.getPrincipal().getName() + "'";
        return who + " may not call " + request(event) + ": none of its roles is allowed there (README, Roles).";
    }

    private static String request(RoutingContext event) {
        return event.request().method() + " " + event.request().path();
    }
}
