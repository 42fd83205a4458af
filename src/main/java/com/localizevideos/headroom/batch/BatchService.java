package com.localizevideos.headroom.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/** Starts batch runs (the accounts, split into chunks) and reports their progress and result. */
@ApplicationScoped
public class BatchService {
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    BatchConfig config;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    /** Starts a run for the authenticated caller. */
    @Transactional
    public BatchRunView start(BatchRequest request) {
        return start(request, Principals.nameOf(identity));
    }

    /** Starts a run on behalf of {@code principal}; its evaluations are recorded as "batch:principal". */
    @Transactional
    public BatchRunView start(BatchRequest request, String principal) {
        Instant now = clock.instant();
        Instant asOf = request.asOf() == null ? now.truncatedTo(ChronoUnit.MILLIS) : request.asOf();
        if (asOf.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new ProblemException("invalid-request", "Invalid batch request", 400, "asOf is in the future",
                    List.of(LocatedProblem.atField("asOf", "asOf " + asOf + " is later than now")));
        }
        @SuppressWarnings("unchecked")
        List<String> accounts = em.createNativeQuery("""
                        select id from account
                         where (cast(:segment as varchar) is null or segment = :segment)
                           and (cast(:plan as varchar) is null or plan = :plan)
                         order by id""")
                .setParameter("segment", request.segment()).setParameter("plan", request.plan()).getResultList();
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into batch_run (id, status, segment, plan, as_of, total, created_by, created_at, finished_at)
                        values (:id, :status, :segment, :plan, :asOf, :total, :by, :now, :finished)""")
                .setParameter("by", principal)
                .setParameter("id", id).setParameter("status", accounts.isEmpty() ? "FINISHED" : "RUNNING")
                .setParameter("segment", request.segment()).setParameter("plan", request.plan())
                .setParameter("asOf", asOf).setParameter("total", accounts.size()).setParameter("now", now)
                .setParameter("finished", accounts.isEmpty() ? now : null)
                .executeUpdate();
        int size = config.chunkSize();
        for (int from = 0, no = 0; from < accounts.size(); from += size, no++) {
            List<String> chunk = accounts.subList(from, Math.min(accounts.size(), from + size));
            em.createNativeQuery("""
                            insert into batch_chunk (run_id, chunk_no, account_ids, status)
                            values (:id, :no, cast(:ids as text[]), 'PENDING')""")
                    .setParameter("id", id).setParameter("no", no)
                    .setParameter("ids", "{" + String.join(",", chunk.stream().map(a -> "\"" + a + "\"").toList()) + "}")
                    .executeUpdate();
        }
        return find(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BatchRunView> find(UUID id) {
        List<?> rows = em.createNativeQuery("""
                        select status, segment, plan, as_of, total, done, failed, created_at, finished_at
                          from batch_run where id = :id""").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Instant createdAt = instant(r[7]);
        Instant finishedAt = instant(r[8]);
        int total = ((Number) r[4]).intValue();
        int done = ((Number) r[5]).intValue();
        int failed = ((Number) r[6]).intValue();
        double seconds = Math.max(0.001, Duration.between(createdAt, finishedAt != null ? finishedAt : clock.instant())
                .toMillis() / 1000.0);
        double rate = Math.round((done + failed) / seconds * 10) / 10.0;
        Long eta = finishedAt != null ? Long.valueOf(0) : rate <= 0 ? null : Math.round((total - done - failed) / rate);
        return Optional.of(new BatchRunView(id, (String) r[0], (String) r[1], (String) r[2], instant(r[3]), total, done,
                failed, rate, eta, createdAt, finishedAt, result(id)));
    }

    private BatchRunView.Result result(UUID id) {
        Map<String, Long> tiers = new LinkedHashMap<>();
        for (String tier : List.of("HIGH", "MEDIUM", "LOW")) {
            tiers.put(tier, 0L);
        }
        for (Object row : em.createNativeQuery(
                "select tier, count(*) from evaluation where batch_run_id = :id group by tier")
                .setParameter("id", id).getResultList()) {
            Object[] r = (Object[]) row;
            tiers.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<BatchRunView.ActionCount> actions = ((List<?>) em.createNativeQuery("""
                        select a.playbook, a.channel, count(*) filter (where not a.held_out),
                               count(*) filter (where a.held_out)
                          from expansion_action a
                          join evaluation e on e.id = a.evaluation_id
                         where e.batch_run_id = :id group by a.playbook, a.channel order by count(*) desc, a.playbook""")
                .setParameter("id", id).getResultList()).stream()
                .map(row -> (Object[]) row)
                .map(r -> new BatchRunView.ActionCount((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
        Number suppressed = (Number) em.createNativeQuery("""
                        select coalesce(sum(jsonb_array_length(decision -> 'suppressed')), 0)
                          from evaluation where batch_run_id = :id""").setParameter("id", id).getSingleResult();
        return new BatchRunView.Result(tiers, actions, suppressed.longValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}
