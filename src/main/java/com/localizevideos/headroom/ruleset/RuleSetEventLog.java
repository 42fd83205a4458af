package com.localizevideos.headroom.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Appends rule-set events (who, when, what, why) in the caller's transaction. Offers no way to change one. */
@ApplicationScoped
public class RuleSetEventLog {
    /** What happened. */
    public enum Kind { UPLOADED, UPLOAD_REFUSED, CHECKED, SIMULATED, APPROVED, REJECTED, ACTIVATED, ROLLED_BACK, RELOADED, RELOAD_REFUSED }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public RuleSetEvent append(Kind kind, String principal, String version, String comment, Object detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("occurredAt", now.toString());
        content.put("principal", principal);
        content.put("kind", kind.name());
        content.put("version", version);
        content.put("comment", comment);
        content.put("detail", detail);
        RuleSetEvent event = new RuleSetEvent();
        event.occurredAt = now;
        event.principal = principal;
        event.kind = kind.name();
        event.version = version;
        event.content = canonical(content);
        em.persist(event);
        return event;
    }

    private String canonical(Object value) {
        try {
            return json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .configure(SerializationFeature.INDENT_OUTPUT, false).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
    }
}
