package com.localizevideos.headroom.prompt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import com.localizevideos.headroom.account.AccountResource;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** {@code GET /api/v1/accounts/{accountId}/prompts}: what the app may show in product now, from the latest evaluation. */
@Path("/api/v1/accounts/{accountId}/prompts")
@Produces(MediaType.APPLICATION_JSON)
public class PromptResource {
    @Inject
    PromptService prompts;

    @GET
    @RolesAllowed({Roles.APP, Roles.ADMIN})
    public PromptsView latest(
            @RestPath @Pattern(regexp = AccountResource.ID_PATTERN, message = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'") String accountId) {
        return prompts.latest(accountId).orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Account "
                + accountId + " is not known; PUT /api/v1/accounts/" + accountId + " first.")));
    }
}
