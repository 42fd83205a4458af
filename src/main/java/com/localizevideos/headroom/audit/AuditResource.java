package com.localizevideos.headroom.audit;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.localizevideos.headroom.audit.replay.ReplayService;
import com.localizevideos.headroom.audit.replay.ReplayView;
import com.localizevideos.headroom.common.PathIds;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.security.Roles;

/** Read-only rule-firing audit: search stored evaluations and open one. No endpoint changes them. */
@Path("/api/v1/audit/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
public class AuditResource {
    static final int MAX_PAGE_SIZE = 200;
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern RULE = Pattern.compile("[^\\p{Cc}\\p{Cs}\\x{FFFD}\\x{FFFE}\\x{FFFF}]{1,200}");
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{1,64}");

    @Inject
    AuditService audit;

    @Inject
    ReplayService replays;

    @GET
    public AuditPageView search(@QueryParam("accountId") String accountId, @QueryParam("rule") String rule,
                                @QueryParam("rulesetVersion") String rulesetVersion, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Instant fromInstant = params.instant("from", from);
        Instant toInstant = params.instant("to", to);
        int pageNumber = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = params.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        String account = params.matching("accountId", accountId, ACCOUNT_ID,
                "1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        String ruleName = params.matching("rule", rule, RULE, "a rule name of 1 to 200 characters without control characters");
        String version = params.matching("rulesetVersion", rulesetVersion, VERSION, "1 to 64 lowercase hex digits");
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            params.problem("from", "from must be before to");
        }
        params.check();
        return audit.search(new AuditQuery(account, ruleName, version, fromInstant, toInstant, pageNumber, pageSize));
    }

    @GET
    @Path("/{id}")
    public AuditRecordView find(@PathParam("id") String id) {
        return audit.find(PathIds.uuid("id", id, "evaluation"))
                .orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Evaluation " + id + " is not known.")));
    }

    /** Re-runs the recorded facts on the recorded rule-set version: identical, or the differences. Writes nothing. */
    @POST
    @Path("/{id}/replay")
    public ReplayView replay(@PathParam("id") String id) {
        return replays.replay(PathIds.uuid("id", id, "evaluation"));
    }
}
