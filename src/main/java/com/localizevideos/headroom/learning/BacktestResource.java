package com.localizevideos.headroom.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.security.Roles;

/** {@code /api/v1/backtests}: champion (and a challenger) on past asOf points, point in time; nothing is stored. */
@Path("/api/v1/backtests")
@Produces(MediaType.APPLICATION_JSON)
public class BacktestResource {
    @Inject
    Backtest backtest;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
    public BacktestView run(BacktestRequest request) {
        return backtest.run(request == null ? new BacktestRequest(null, null, null, null, null, null) : request);
    }
}
