package com.localizevideos.headroom.worklist;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.security.Roles;

/**
 * {@code GET /api/v1/actions}: the CS worklist of started actions, filtered by owner, status, channel, contact
 * ({@code human}: every channel but AUTOMATED; {@code automated}) and account.
 */
@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionWorklistResource {
    static final int MAX_PAGE_SIZE = 200;
    static final Set<String> CONTACTS = Set.of(WorklistQuery.HUMAN, WorklistQuery.AUTOMATED);

    @Inject
    WorklistService worklist;

    @GET
    @RolesAllowed({Roles.CS, Roles.ADMIN, Roles.GROWTH_OPS, Roles.GOVERNANCE})
    public WorklistPageView search(@QueryParam("owner") String owner, @QueryParam("status") String status,
                                   @QueryParam("channel") String channel, @QueryParam("contact") String contact,
                                   @QueryParam("accountId") String accountId,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        WorklistQuery query = new WorklistQuery(params.text("owner", owner, 100),
                params.code("status", status, ActionStatus.class), params.code("channel", channel, Channel.class),
                params.oneOf("contact", contact, CONTACTS, null),
                params.text("accountId", accountId, 64), params.integer("page", page, 0, 0, Integer.MAX_VALUE),
                params.integer("size", size, 20, 1, MAX_PAGE_SIZE));
        params.check();
        return worklist.search(query);
    }
}
