package com.localizevideos.headroom.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs and records verifications of the chain ({@code audit_verification}): on request, and every
 * {@code headroom.audit.chain.verify-every} ({@code off} in tests). One walk at a time in this instance, so callers
 * arriving together queue rather than read the whole chain side by side.
 */
@ApplicationScoped
public class ChainVerifications {
    static final String SCHEDULE = "schedule";

    @Inject
    ChainVerifier verifier;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final ReentrantLock walking = new ReentrantLock();

    @Scheduled(every = "${headroom.audit.chain.verify-every}", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-chain-verifier")
    void onSchedule() {
        verify(SCHEDULE);
    }

    /** Walks the chain now and records the answer. */
    public ChainVerificationView verify(String principal) {
        walking.lock();
        try {
            Instant started = clock.instant();
            ChainVerifyView result = verifier.verify();
            ChainVerificationView run = new ChainVerificationView(started,
                    clock.millis() - started.toEpochMilli(), principal, result);
            store(run);
            return run;
        } finally {
            walking.unlock();
        }
    }

    /** The latest recorded verification, by any instance. */
    public Optional<ChainVerificationView> latest() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select verified_at, took_ms, principal, result::text"
                     + " from audit_verification order by verified_at desc, id desc limit 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new ChainVerificationView(r.getTimestamp(1).toInstant(), r.getLong(2), r.getString(3),
                    json.readValue(r.getString(4), ChainVerifyView.class)));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("reading the latest chain verification failed: " + e.getMessage(), e);
        }
    }

    private void store(ChainVerificationView run) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into audit_verification"
                     + " (verified_at, took_ms, principal, ok, result) values (?, ?, ?, ?, ?::jsonb)")) {
            s.setTimestamp(1, Timestamp.from(run.verifiedAt()));
            s.setLong(2, run.tookMs());
            s.setString(3, run.principal());
            s.setBoolean(4, run.result().ok());
            s.setString(5, json.writeValueAsString(run.result()));
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("recording the chain verification failed: " + e.getMessage(), e);
        }
    }
}
