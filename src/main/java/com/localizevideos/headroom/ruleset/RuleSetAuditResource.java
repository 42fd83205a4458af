package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import com.localizevideos.headroom.common.QueryParams;
import com.localizevideos.headroom.security.Roles;

/** The rule-set audit trail, newest first: who uploaded, checked, simulated, approved, activated, rolled back, reloaded. */
@Path("/api/v1/audit/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetAuditResource {
    static final int MAX_PAGE_SIZE = 200;
    private static final Set<String> KINDS = Arrays.stream(RuleSetEventLog.Kind.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

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
        QueryParams params = new QueryParams();
        Instant fromInstant = params.instant("from", from);
        Instant toInstant = params.instant("to", to);
        int pageNumber = params.integer("page", page, 0, 0, 1_000_000);
        int pageSize = params.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        params.oneOf("kind", kind, KINDS, null);
        params.storableText("version", version);
        params.storableText("principal", principal);
        params.check();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> bindings = new HashMap<>();
        filter(where, bindings, "version", version, "e.version = :version");
        filter(where, bindings, "kind", kind, "e.kind = :kind");
        filter(where, bindings, "principal", principal, "e.principal = :principal");
        if (fromInstant != null) {
            where.append(" and e.occurredAt >= :from");
            bindings.put("from", fromInstant);
        }
        if (toInstant != null) {
            where.append(" and e.occurredAt < :to");
            bindings.put("to", toInstant);
        }
        var count = em.createQuery("select count(e) from RuleSetEvent e" + where, Long.class);
        var query = em.createQuery("from RuleSetEvent e" + where + " order by e.id desc", RuleSetEvent.class);
        bindings.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<EventView> items = query.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList().stream()
                .map(e -> new EventView(e.id, e.occurredAt, e.principal, e.kind, e.version, read(e.content))).toList();
        return new EventPageView(pageNumber, pageSize, count.getSingleResult(), items);
    }

    private static void filter(StringBuilder where, Map<String, Object> bindings, String name, String value, String clause) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(clause);
            bindings.put(name, value.trim());
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event unreadable", e);
        }
    }
}
