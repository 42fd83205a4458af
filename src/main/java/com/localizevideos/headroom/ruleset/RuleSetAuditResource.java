package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/** The rule-set audit trail, newest first: who uploaded, checked, simulated, approved, activated, rolled back, reloaded. */
@Path("/api/v1/audit/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetAuditResource {
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One page of events. */
    public record EventPageView(int page, int size, long total, List<EventView> items) {
    }

    /** One event: its canonical content as stored (occurredAt, principal, kind, version, comment, detail). */
    public record EventView(long id, Instant occurredAt, String principal, String kind, String version, JsonNode event) {
    }

    @GET
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public EventPageView search(@QueryParam("version") String version, @QueryParam("kind") String kind,
                                @QueryParam("principal") String principal, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        List<LocatedProblem> problems = new ArrayList<>();
        Instant fromInstant = instant("from", from, problems);
        Instant toInstant = instant("to", to, problems);
        int pageNumber = integer("page", page, 0, 0, 1_000_000, problems);
        int pageSize = integer("size", size, 20, 1, MAX_PAGE_SIZE, problems);
        if (kind != null && !kind.isBlank() && java.util.Arrays.stream(RuleSetEventLog.Kind.values()).noneMatch(k -> k.name().equals(kind.trim()))) {
            problems.add(LocatedProblem.atField("kind", "'" + kind + "' is not one of "
                    + java.util.Arrays.toString(RuleSetEventLog.Kind.values())));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-query", "Invalid query parameters", 400,
                    problems.size() + " query parameter(s) are invalid", problems);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "version", version, "e.version = :version");
        filter(where, params, "kind", kind, "e.kind = :kind");
        filter(where, params, "principal", principal, "e.principal = :principal");
        if (fromInstant != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", fromInstant);
        }
        if (toInstant != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", toInstant);
        }
        var count = em.createQuery("select count(e) from RuleSetEvent e" + where, Long.class);
        var query = em.createQuery("from RuleSetEvent e" + where + " order by e.id desc", RuleSetEvent.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<EventView> items = query.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList().stream()
                .map(e -> new EventView(e.id, e.occurredAt, e.principal, e.kind, e.version, read(e.content))).toList();
        return new EventPageView(pageNumber, pageSize, count.getSingleResult(), items);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String name, String value, String clause) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(clause);
            params.put(name, value.trim());
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event unreadable", e);
        }
    }

    private static Instant instant(String name, String value, List<LocatedProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
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
}
