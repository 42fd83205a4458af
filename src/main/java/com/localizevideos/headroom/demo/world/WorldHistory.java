package com.localizevideos.headroom.demo.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.batch.BatchRequest;
import com.localizevideos.headroom.batch.BatchRunView;
import com.localizevideos.headroom.batch.BatchService;
import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.outcome.CustomerResponse;
import com.localizevideos.headroom.outcome.OutcomeRequest;
import com.localizevideos.headroom.outcome.OutcomeService;

/**
 * The world's past: decisions at quarterly checkpoints before its end, each followed by the treated customers'
 * responses (held-out accounts get none: nothing reached them) and the commercial events those led to, so that
 * conversion, uplift, churn impact and time to expansion have history to read. A checkpoint already evaluated is
 * not replayed.
 */
@ApplicationScoped
public class WorldHistory {
    static final int SPACING_DAYS = 90;
    static final String PRINCIPAL = "headroom-world";

    @Inject
    BatchService batches;

    @Inject
    BatchWorker worker;

    @Inject
    EntityManager em;

    @Inject
    OutcomeService outcomes;

    @Inject
    WorldOutcomeWriter events;

    @Inject
    Clock clock;

    /** What one replay did: the checkpoints, those skipped as already there, responses by kind, events written. */
    public record Replayed(List<Instant> checkpoints, int skipped, long evaluations, Map<String, Integer> responses,
                           int events) {
    }

    /** Evaluates every account as of each checkpoint and records the treated customers' responses. */
    public Replayed replay(int accounts, long seed, int days, Instant end, int checkpoints) {
        LocalDate endDay = end.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate startDay = endDay.minusDays(days);
        Map<String, Persona> personas = new HashMap<>();
        for (int i = 0; i < accounts; i++) {
            Persona p = PersonaFactory.create(seed, i, startDay, endDay);
            personas.put(p.id(), p);
        }
        List<Instant> at = new ArrayList<>();
        int skipped = 0;
        long evaluations = 0;
        Map<String, Integer> responses = new TreeMap<>();
        int written = 0;
        for (int k = checkpoints; k >= 1; k--) {
            Instant asOf = end.minus((long) k * SPACING_DAYS, ChronoUnit.DAYS);
            if (!asOf.isAfter(startDay.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                continue;
            }
            at.add(asOf);
            if (evaluatedAt(asOf)) {
                skipped++;
                continue;
            }
            BatchRunView run = evaluateAt(asOf);
            evaluations += run.done();
            written += respond(run.id(), asOf, seed, personas, responses);
        }
        return new Replayed(at, skipped, evaluations, responses, written);
    }

    /** Starts a batch run over every account as of {@code asOf} and works on it until it is finished. */
    BatchRunView evaluateAt(Instant asOf) {
        BatchRunView run = batches.start(new BatchRequest(null, null, asOf), PRINCIPAL);
        while (true) {
            worker.drain("main-job");
            BatchRunView now = batches.find(run.id()).orElseThrow();
            if ("FINISHED".equals(now.status())) {
                return now;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the batch run", e);
            }
        }
    }

    private boolean evaluatedAt(Instant asOf) {
        return ((Number) em.createNativeQuery("""
                select count(*) from evaluation where as_of = :asOf and account_id like 'world-%'""")
                .setParameter("asOf", asOf.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue() > 0;
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    /** Records the responses to the run's treated actions and the events they led to, in one transaction. */
    @Transactional
    int respond(UUID runId, Instant asOf, long seed, Map<String, Persona> personas, Map<String, Integer> tally) {
        Map<String, Instant> churned = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select account_id, min(occurred_at) from commercial_event
                 where kind = 'CHURN' and account_id like 'world-%' group by account_id""").getResultList()) {
            Object[] r = (Object[]) row;
            churned.put((String) r[0], instant(r[1]));
        }
        Map<String, Double> deltas = new HashMap<>();
        Map<String, Instant> lastEvent = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select account_id, coalesce(sum(arr_delta), 0), max(occurred_at) from commercial_event
                 where kind <> 'CSAT' and account_id like 'world-%' group by account_id""").getResultList()) {
            Object[] r = (Object[]) row;
            deltas.put((String) r[0], ((Number) r[1]).doubleValue());
            lastEvent.put((String) r[0], instant(r[2]));
        }
        Map<String, List<ResponseSynth.Action>> byAccount = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                select cast(x.id as text), x.account_id, x.playbook, x.channel
                  from expansion_action x join evaluation e on e.id = x.evaluation_id
                 where e.batch_run_id = :run and not x.held_out and x.account_id like 'world-%'
                 order by x.account_id, x.playbook""").setParameter("run", runId).getResultList()) {
            Object[] r = (Object[]) row;
            byAccount.computeIfAbsent((String) r[1], k -> new ArrayList<>())
                    .add(new ResponseSynth.Action((String) r[0], (String) r[2], (String) r[3]));
        }
        Instant now = clock.instant();
        List<WorldOutcome> led = new ArrayList<>();
        byAccount.forEach((accountId, actions) -> {
            Persona p = personas.get(accountId);
            if (p == null) {
                return;
            }
            Instant churnedAt = churned.get(accountId);
            ResponseSynth.Result result = ResponseSynth.respond(p, seed, asOf, actions,
                    churnedAt != null && !churnedAt.isAfter(asOf), p.arr() + deltas.getOrDefault(accountId, 0.0),
                    lastEvent.get(accountId), now);
            for (ResponseSynth.Response r : result.responses()) {
                outcomes.record(UUID.fromString(r.actionId()), new OutcomeRequest(CustomerResponse.valueOf(r.response()),
                        r.arrDelta() == null ? null : BigDecimal.valueOf(r.arrDelta()).setScale(2, RoundingMode.HALF_UP),
                        "demo world", r.respondedAt(), r.helpful()), PRINCIPAL);
                tally.merge(r.response(), 1, Integer::sum);
            }
            led.addAll(result.events());
        });
        return events.write(led);
    }
}
