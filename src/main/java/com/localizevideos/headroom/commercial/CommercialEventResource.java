package com.localizevideos.headroom.commercial;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.localizevideos.headroom.account.AccountResource;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** {@code GET /api/v1/accounts/{accountId}/events}: the account's commercial events, newest first. */
@Path("/api/v1/accounts/{accountId}/events")
@RolesAllowed({Roles.APP, Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CommercialEventResource {

    private final CommercialEventService service;

    public CommercialEventResource(CommercialEventService service) {
        this.service = service;
    }

    @GET
    public List<CommercialEventView> list(
            @RestPath @Pattern(regexp = AccountResource.ID_PATTERN, message = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'") String accountId,
            @RestQuery @DefaultValue("100") @Min(value = 1, message = "must be at least 1")
            @Max(value = 1000, message = "must be at most 1000") int limit) {
        return service.list(accountId, limit)
                .map(events -> events.stream().map(CommercialEventView::of).toList())
                .orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Account " + accountId
                        + " is not known; PUT /api/v1/accounts/" + accountId + " first.")));
    }
}
