package com.localizevideos.headroom.dashboard;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/**
 * Read-only account views for people: the directory ({@code GET /api/v1/accounts}, paged, with each account's latest
 * readiness) and an account's evaluations and outcomes over time (the account page).
 */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
public class AccountDirectoryResource {
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    DashboardReadService reads;

    @GET
    public AccountSummaryView directory(@QueryParam("q") String q, @QueryParam("plan") String plan,
                                        @QueryParam("tier") String tier, @QueryParam("sort") String sort,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        String planCode = params.oneOf("plan", plan, Set.of("STARTER", "PRO", "BUSINESS", "ENTERPRISE"), null);
        String tierCode = params.oneOf("tier", tier, Set.of("LOW", "MEDIUM", "HIGH"), null);
        String sortKey = params.oneOf("sort", sort, DashboardReadService.SORTS.keySet(), "name");
        int pageNumber = params.integer("page", page, 0, 0, 1_000_000);
        int pageSize = params.integer("size", size, 25, 1, MAX_PAGE_SIZE);
        params.check();
        return reads.directory(QueryParams.text(q), planCode, tierCode, sortKey, pageNumber, pageSize);
    }

    @GET
    @Path("/{accountId}/evaluations")
    public AccountHistoryView.Evaluations evaluations(@PathParam("accountId") String accountId,
                                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        int pageNumber = params.integer("page", page, 0, 0, 1_000_000);
        int pageSize = params.integer("size", size, 50, 1, MAX_PAGE_SIZE);
        params.check();
        known(accountId);
        return reads.evaluations(accountId, pageNumber, pageSize);
    }

    @GET
    @Path("/{accountId}/outcomes")
    public List<AccountHistoryView.Outcome> outcomes(@PathParam("accountId") String accountId,
                                                     @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        int max = params.integer("limit", limit, 100, 1, 1000);
        params.check();
        known(accountId);
        return reads.outcomes(accountId, max);
    }

    private void known(String accountId) {
        if (!reads.accountExists(accountId)) {
            throw new ProblemException(Problem.ofStatus(404, "Account " + accountId + " is not known."));
        }
    }
}
