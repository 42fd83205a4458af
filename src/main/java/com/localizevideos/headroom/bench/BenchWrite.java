package com.localizevideos.headroom.bench;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the one-INSERT baseline; nothing reads it. */
@Entity
@Table(name = "bench_write")
public class BenchWrite {
    @Id
    public UUID id;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "created_at")
    public Instant createdAt;
}
