package com.localizevideos.headroom.bench;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes one {@link BenchWrite} in its own transaction, through Hibernate ORM as the evaluation audit is written. */
@ApplicationScoped
public class BenchWriteRecorder {
    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public BenchWriteView record(BenchWriteRequest request) {
        BenchWrite row = new BenchWrite();
        row.id = UUID.randomUUID();
        row.accountId = request.accountId();
        row.createdAt = clock.instant();
        em.persist(row);
        return new BenchWriteView(row.id, row.accountId, row.createdAt);
    }
}
