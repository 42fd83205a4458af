package com.localizevideos.headroom.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claims due deliveries and settles attempts in PostgreSQL. A claim takes due rows with {@code FOR UPDATE SKIP LOCKED}
 * and leases them to one worker, so any number of instances share the outbox and never send one row at once.
 */
@ApplicationScoped
public class DeliveryStore {
    private static final String CLAIM = """
            update delivery d
               set claimed_by = ?, claim_token = ?, locked_until = ?
             where d.id in (
                   select id from delivery
                    where status = 'PENDING' and next_attempt_at <= ?
                      and (locked_until is null or locked_until < ?)
                    order by next_attempt_at
                    limit ?
                    for update skip locked)
            returning d.id, d.payload::text as payload, d.attempts
            """;
    private static final String LOCK = "select attempts, round_start, status, claim_token from delivery where id = ? for update";
    private static final String INSERT_ATTEMPT = """
            insert into delivery_attempt (delivery_id, attempt, started_at, finished_at, status_code, error, worker)
            values (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String SETTLE = """
            update delivery
               set attempts = ?, status = ?, next_attempt_at = ?, delivered_at = ?, dead_at = ?,
                   last_status_code = ?, last_error = ?, claimed_by = null, claim_token = null, locked_until = null
             where id = ?
            """;
    private static final String COUNT_ONLY = "update delivery set attempts = ?, last_status_code = ?, last_error = ? where id = ?";
    private static final String RETRY = """
            update delivery
               set status = 'PENDING', round_start = attempts, next_attempt_at = ?, dead_at = null,
                   retried_at = ?, retried_by = ?
             where id = ? and status = 'DEAD'
            """;

    @Inject
    DataSource dataSource;

    @Inject
    DeliveryConfig config;

    @Inject
    Clock clock;

    /** Claims up to {@code limit} due deliveries for {@code worker}, committed at once; empty when none is due. */
    List<ClaimedDelivery> claim(String worker, int limit) {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, worker);
            ps.setObject(2, token);
            ps.setObject(3, ts(now.plus(config.lease())));
            ps.setObject(4, ts(now));
            ps.setObject(5, ts(now));
            ps.setInt(6, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new ClaimedDelivery(rs.getObject("id", UUID.class), token, rs.getString("payload"),
                            rs.getInt("attempts")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim deliveries", e);
        }
        return claimed;
    }

    /**
     * Records the attempt and moves the delivery on: DELIVERED on a 2xx; otherwise PENDING with the next attempt after
     * the backoff, or DEAD when this round's attempts are used up. A worker whose claim lapsed (another worker holds the
     * row now) records its attempt but leaves the row to the holder, unless it delivered. Answers the status the
     * delivery moved to, or null when this attempt did not change it.
     */
    DeliveryStatus settle(ClaimedDelivery delivery, String worker, AttemptResult result) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                DeliveryStatus status = settle(c, delivery, worker, result);
                c.commit();
                return status;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record an attempt of delivery " + delivery.id(), e);
        }
    }

    private DeliveryStatus settle(Connection c, ClaimedDelivery delivery, String worker, AttemptResult result)
            throws SQLException {
        int attempts;
        int roundStart;
        String status;
        UUID token;
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setObject(1, delivery.id());
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("delivery " + delivery.id() + " vanished");
                }
                attempts = rs.getInt("attempts");
                roundStart = rs.getInt("round_start");
                status = rs.getString("status");
                token = rs.getObject("claim_token", UUID.class);
            }
        }
        int attempt = attempts + 1;
        try (PreparedStatement insert = c.prepareStatement(INSERT_ATTEMPT)) {
            insert.setObject(1, delivery.id());
            insert.setInt(2, attempt);
            insert.setObject(3, ts(result.startedAt()));
            insert.setObject(4, ts(result.finishedAt()));
            insert.setObject(5, result.statusCode());
            insert.setString(6, result.error());
            insert.setString(7, worker);
            insert.executeUpdate();
        }
        boolean holder = delivery.claimToken().equals(token) && DeliveryStatus.PENDING.name().equals(status);
        Instant now = clock.instant();
        if (result.delivered() && !DeliveryStatus.DELIVERED.name().equals(status)) {
            update(c, delivery.id(), attempt, DeliveryStatus.DELIVERED, now, now, null, result);
            return DeliveryStatus.DELIVERED;
        } else if (holder && !result.delivered()) {
            int failedThisRound = attempt - roundStart;
            if (failedThisRound >= config.maxAttempts()) {
                update(c, delivery.id(), attempt, DeliveryStatus.DEAD, now, null, now, result);
                return DeliveryStatus.DEAD;
            }
            update(c, delivery.id(), attempt, DeliveryStatus.PENDING, now.plus(backoff(failedThisRound)), null, null,
                    result);
            return DeliveryStatus.PENDING;
        } else {
            try (PreparedStatement count = c.prepareStatement(COUNT_ONLY)) {
                count.setInt(1, attempt);
                count.setObject(2, result.statusCode());
                count.setString(3, result.failure());
                count.setObject(4, delivery.id());
                count.executeUpdate();
            }
            return null;
        }
    }

    private static void update(Connection c, UUID id, int attempts, DeliveryStatus status, Instant next, Instant delivered,
                               Instant dead, AttemptResult result) throws SQLException {
        try (PreparedStatement settle = c.prepareStatement(SETTLE)) {
            settle.setInt(1, attempts);
            settle.setString(2, status.name());
            settle.setObject(3, ts(next));
            settle.setObject(4, ts(delivered));
            settle.setObject(5, ts(dead));
            settle.setObject(6, result.statusCode());
            settle.setString(7, result.failure());
            settle.setObject(8, id);
            settle.executeUpdate();
        }
    }

    /** The wait after the {@code failures}-th failed attempt of a round: initial × multiplier^(failures−1), capped, plus jitter. */
    Duration backoff(int failures) {
        double millis = config.initialBackoff().toMillis() * Math.pow(config.backoffMultiplier(), failures - 1);
        millis = Math.min(millis, config.maxBackoff().toMillis());
        if (config.jitter() > 0) {
            millis += ThreadLocalRandom.current().nextDouble() * config.jitter() * millis;
        }
        return Duration.ofMillis((long) millis);
    }

    /** Puts a dead letter back in the queue, due now, with a fresh round of attempts; false when it is not dead. */
    boolean retry(UUID id, String principal) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RETRY)) {
            ps.setObject(1, ts(now));
            ps.setObject(2, ts(now));
            ps.setString(3, principal);
            ps.setObject(4, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot retry delivery " + id, e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
