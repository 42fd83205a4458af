package com.localizevideos.headroom.account;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.holdout.HoldoutPolicy;
import com.localizevideos.headroom.security.Roles;

/** Account master data: {@code PUT} answers 201 when it created the account and 200 when it replaced it. */
@Path("/api/v1/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** Account ids: 1 to 64 characters of letters, digits, dot, underscore and hyphen. */
    public static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";
    private static final String ID_MESSAGE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'";

    private final AccountService service;
    private final HoldoutPolicy holdout;

    public AccountResource(AccountService service, HoldoutPolicy holdout) {
        this.service = service;
        this.holdout = holdout;
    }

    @PUT
    @RolesAllowed({Roles.APP, Roles.ADMIN})
    public RestResponse<AccountView> put(@RestPath @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String accountId,
                                         @NotNull(message = "is required: send a JSON body") @Valid AccountRequest body) {
        AccountService.Saved saved = service.put(accountId, body);
        AccountView view = AccountView.of(saved.account(), holdout.cohortOf(accountId));
        return saved.created()
                ? RestResponse.ResponseBuilder.<AccountView>created(URI.create("/api/v1/accounts/" + accountId))
                        .entity(view).build()
                : RestResponse.ok(view);
    }

    @GET
    @RolesAllowed({Roles.APP, Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN})
    public AccountView get(@RestPath @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE) String accountId) {
        return service.find(accountId).map(a -> AccountView.of(a, holdout.cohortOf(accountId))).orElseThrow(() -> new ProblemException(
                Problem.ofStatus(404, "Account " + accountId + " is not known; PUT /api/v1/accounts/" + accountId
                        + " first.")));
    }
}
