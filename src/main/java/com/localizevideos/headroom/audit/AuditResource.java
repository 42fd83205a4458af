package com.localizevideos.headroom.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import com.localizevideos.headroom.common.DateRange;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.Text;
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
        List<LocatedProblem> problems = new ArrayList<>();
        Instant fromInstant = instant("from", from, problems);
        Instant toInstant = instant("to", to, problems);
        int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE, problems);
        int pageSize = integer("size", size, 20, 1, MAX_PAGE_SIZE, problems);
        text("accountId", accountId, ACCOUNT_ID, "1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'", problems);
        text("rule", rule, RULE, "a rule name of 1 to 200 characters without control characters", problems);
        text("rulesetVersion", rulesetVersion, VERSION, "1 to 64 lowercase hex digits", problems);
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

    private static void text(String name, String value, Pattern pattern, String rule, List<LocatedProblem> problems) {
        if (value != null && !value.isBlank() && !pattern.matcher(value.trim()).matches()) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
            problems.add(LocatedProblem.atField(name, name + " must be " + rule
                    + (Text.problem(shown).isPresent() ? "" : ", not '" + shown + "'")));
        }
    }

    private static Instant instant(String name, String value, List<LocatedProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value);
            if (!DateRange.contains(instant)) {
                problems.add(LocatedProblem.atField(name, name + " must be " + DateRange.RANGE));
                return null;
            }
            return instant;
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
