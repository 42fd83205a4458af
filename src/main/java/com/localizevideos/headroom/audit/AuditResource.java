package com.localizevideos.headroom.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.PathIds;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** Read-only rule-firing audit: search stored evaluations and open one. No endpoint changes them. */
@Path("/api/v1/audit/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
public class AuditResource {
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditService audit;

    @Inject
    ReplayService replays;

    @GET
    public AuditPageView search(@QueryParam("accountId") String accountId, @QueryParam("rule") String rule,
                                @QueryParam("rulesetVersion") String rulesetVersion, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        List<LocatedProblem> problems = new ArrayList<>();
        Instant fromInstant = instant("from", from, problems);
        Instant toInstant = instant("to", to, problems);
        int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE, problems);
        int pageSize = integer("size", size, 20, 1, MAX_PAGE_SIZE, problems);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            problems.add(LocatedProblem.atField("from", "from must be before to"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-query", "Invalid query parameters", 400,
                    problems.size() + " query parameter(s) are invalid", problems);
        }
        return audit.search(new AuditQuery(blankToNull(accountId), blankToNull(rule), blankToNull(rulesetVersion),
                fromInstant, toInstant, pageNumber, pageSize));
    }

    @GET
    @Path("/{id}")
    public AuditRecordView find(@PathParam("id") String id) {
        return audit.find(PathIds.uuid("id", id, "evaluation")).orElseThrow(() -> new ProblemException(Problem.ofStatus(404, "Evaluation " + id + " is not known.")));
    }

    /** Re-runs the recorded facts on the recorded rule-set version: identical, or the differences. Writes nothing. */
    @POST
    @Path("/{id}/replay")
    public ReplayView replay(@PathParam("id") String id) {
        return replays.replay(PathIds.uuid("id", id, "evaluation"));
    }

    private static Instant instant(String name, String value, List<LocatedProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not an ISO-8601 instant such as 2026-11-03T10:00:00Z"));
            return null;
        }
    }

    private static int integer(String name, String value, int fallback, int min, int max, List<LocatedProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                problems.add(LocatedProblem.atField(name, name + " must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(LocatedProblem.atField(name, "'" + value + "' is not a whole number"));
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
