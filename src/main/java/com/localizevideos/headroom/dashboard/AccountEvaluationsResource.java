package com.localizevideos.headroom.dashboard;

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

/** An account's stored evaluations, newest first and paged: the account page's readiness history and signal timeline. */
@Path("/api/v1/accounts/{accountId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
public class AccountEvaluationsResource {
    @Inject
    DashboardReadService reads;

    @GET
    public AccountHistoryView.Evaluations evaluations(@PathParam("accountId") String accountId,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        int pageNumber = params.integer("page", page, 0, 0, 1_000_000);
        int pageSize = params.integer("size", size, 50, 1, AccountDirectoryResource.MAX_PAGE_SIZE);
        params.check();
        reads.requireAccount(accountId);
        return reads.evaluations(accountId, pageNumber, pageSize);
    }
}
