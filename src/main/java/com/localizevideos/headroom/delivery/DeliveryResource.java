package com.localizevideos.headroom.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.localizevideos.headroom.common.PathIds;
import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.security.Roles;

/** Webhook deliveries of actions: the outbox with every attempt, and a retry for dead letters. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    DeliveryService deliveries;

    @GET
    @RolesAllowed({Roles.CS, Roles.ADMIN})
    public DeliveryPageView search(@QueryParam("status") String status, @QueryParam("accountId") String accountId,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        DeliveryStatus wanted = params.code("status", status, DeliveryStatus.class);
        String account = params.text("accountId", accountId, 64);
        int pageNumber = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = params.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        params.check();
        return deliveries.search(wanted, account, pageNumber, pageSize);
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    public Response retry(@PathParam("id") String id) {
        return Response.accepted(deliveries.retry(PathIds.uuid("id", id, "delivery"))).build();
    }
}
