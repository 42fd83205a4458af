package com.localizevideos.headroom.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.localizevideos.headroom.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/** The dashboards' session: who is logged in and which pages they may open; {@code DELETE} logs a browser out. */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.APP, Roles.GROWTH_OPS, Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN, Roles.MONITORING})
public class SessionResource {
    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String formCookie;

    @GET
    public SessionView get() {
        return new SessionView(identity.getPrincipal().getName(),
                Roles.ALL.stream().filter(identity::hasRole).toList(),
                DashboardPage.of(identity).stream()
                        .map(p -> new SessionView.PageView(p.path(), p.title(), p.section())).toList());
    }

    /** Removes the form-login cookie; a caller using HTTP Basic or a bearer token has nothing to log out of. */
    @DELETE
    public Response logout(RoutingContext context) {
        if (context.request().getCookie(formCookie) != null) {
            FormAuthenticationMechanism.logout(context);
        }
        return Response.noContent().build();
    }
}
