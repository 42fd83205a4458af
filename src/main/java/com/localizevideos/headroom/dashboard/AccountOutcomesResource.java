package com.localizevideos.headroom.dashboard;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.security.Roles;

/** The customers' recorded responses to an account's actions, newest first, with the action each answers. */
@Path("/api/v1/accounts/{accountId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
public class AccountOutcomesResource {
    @Inject
    DashboardReadService reads;

    @GET
    public List<AccountHistoryView.Outcome> outcomes(@PathParam("accountId") String accountId,
                                                     @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        int max = params.integer("limit", limit, 100, 1, 1000);
        params.check();
        reads.requireAccount(accountId);
        return reads.outcomes(accountId, max);
    }
}
