package com.localizevideos.headroom.dashboard;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.security.Roles;

/** The account directory for people: {@code GET /api/v1/account-directory}, paged and filtered, with each account's latest readiness. */
@Path("/api/v1/account-directory")
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
        String search = params.text("q", q, 200);
        params.check();
        return reads.directory(search, planCode, tierCode, sortKey, pageNumber, pageSize);
    }
}
