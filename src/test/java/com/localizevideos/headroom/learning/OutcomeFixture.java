package com.localizevideos.headroom.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.AccountService;
import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventKind;
import com.localizevideos.headroom.commercial.CommercialEventService;
import com.localizevideos.headroom.observation.ObservationBatchRequest;
import com.localizevideos.headroom.observation.ObservationService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A hand-made segment of twelve PRO accounts with ten months of usage (2026-01-01 to 2026-10-31) and recorded
 * outcomes: six "hot" accounts run over their minutes quota every cycle, use all their seats, voice cloning and lip-sync
 * daily, invite users, and expand one after another; six "cold" ones barely use it, and one of them expands anyway. Written through the services.
 */
@ApplicationScoped
public class OutcomeFixture {
    public static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    public static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    @Inject
    AccountService accounts;

    @Inject
    ObservationService observations;

    @Inject
    CommercialEventService events;

    @Inject
    ObjectMapper json;

    /** Creates the segment and answers its name. */
    public String create() {
        String segment = "calib-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 12; i++) {
            boolean hot = i < 6;
            String id = segment + "-" + i;
            accounts.put(id, new AccountRequest("Fixture " + i, PlanCode.PRO, 5, new BigDecimal("2388.00"), START, null,
                    null, "EMEA", segment, false, false, false, "csm.fixture"));
            ArrayNode batch = json.createArrayNode();
            for (LocalDate d = START; !d.isAfter(END); d = d.plusDays(1)) {
                int day = d.getDayOfYear();
                if (hot && day % 2 == 0) {
                    add(batch, id, "video_minutes", 24, d);
                }
                if (hot || day % 7 == 0) {
                    add(batch, id, "active_users", hot ? 4 : 1, d);
                }
                if (hot && day % 7 == 0) {
                    add(batch, id, "seats_used", 5, d);
                    addDimension(batch, id, "feature_use", "voice_cloning", 3, d);
                    addDimension(batch, id, "feature_use", "lip_sync", 2, d);
                }
                if (hot && day % 30 == 0) {
                    add(batch, id, "users_invited", 2, d);
                }
                if (!hot && day % 3 == 0) {
                    add(batch, id, "video_minutes", 2, d);
                }
                if (batch.size() >= 44) {
                    send(batch);
                    batch = json.createArrayNode();
                }
            }
            send(batch);
            LocalDate expansion = hot ? LocalDate.of(2026, 3, 20).plusDays(32L * i) : i == 8 ? LocalDate.of(2026, 5, 10) : null;
            if (expansion != null) {
                expand(id, expansion.atTime(15, 0).toInstant(ZoneOffset.UTC));
            }
        }
        return segment;
    }

    /** Records an EXPANSION of the account at {@code at}. */
    public void expand(String accountId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> events.record(List.of(new CommercialEvent(
                accountId + "-expansion-" + at.toEpochMilli(), accountId, CommercialEventKind.EXPANSION, at,
                new BigDecimal("7200.00"), "test-fixture", Map.of("what", "upgrade PRO to BUSINESS")))));
    }

    private void addDimension(ArrayNode batch, String account, String metric, String dimension, double value,
                              LocalDate day) {
        add(batch, account, metric, value, day).put("dimension", dimension);
    }

    private ObjectNode add(ArrayNode batch, String account, String metric, double value, LocalDate day) {
        ObjectNode o = batch.addObject();
        o.put("id", UUID.randomUUID().toString());
        o.put("accountId", account);
        o.put("metric", metric);
        o.put("value", value);
        o.put("observedAt", day.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        return o;
    }

    private void send(ArrayNode batch) {
        if (batch.isEmpty()) {
            return;
        }
        var view = observations.ingest(new ObservationBatchRequest(batch));
        if (!view.rejected().isEmpty()) {
            throw new IllegalStateException("fixture observation rejected: " + view.rejected().get(0));
        }
    }

    static List<String> ids(String segment) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(segment + "-" + i);
        }
        return ids;
    }
}
