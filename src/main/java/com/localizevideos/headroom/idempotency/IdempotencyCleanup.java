package com.localizevideos.headroom.idempotency;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Deletes {@code Idempotency-Key} records older than {@code headroom.idempotency.ttl}, on every instance, in slices. */
@ApplicationScoped
public class IdempotencyCleanup {
    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);
    static final int SLICE = 5_000;

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${headroom.idempotency.cleanup-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.infof("Deleted %d Idempotency-Key records older than %s", deleted, config.ttl());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Idempotency-Key clean-up failed, will retry: %s", e.toString());
        }
    }

    /** Deletes every record created before now − ttl, {@value #SLICE} per transaction; answers how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(config.ttl());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            delete from idempotency_record where ctid in (
                              select ctid from idempotency_record where created_at < ?1 limit ?2)
                            """)
                    .setParameter(1, cutoff).setParameter(2, SLICE).executeUpdate());
            total += deleted;
        } while (deleted == SLICE);
        return total;
    }
}
