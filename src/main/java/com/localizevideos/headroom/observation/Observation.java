package com.localizevideos.headroom.observation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** One usage observation of an account; append-only (the database refuses UPDATE and DELETE). */
@Entity
@Immutable
public class Observation {

    /** Client-chosen id; a second observation with the same id is a duplicate and ignored. */
    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    private Metric metric;
    /** What the value is about, e.g. a feature, workflow, severity or topic; may be null. */
    private String dimension;
    private double value;
    @Column(name = "observed_at")
    private Instant observedAt;
    private String source;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected Observation() {
    }

    public Observation(String id, String accountId, Metric metric, String dimension, double value,
                       Instant observedAt, String source, Instant receivedAt) {
        this.id = id;
        this.accountId = accountId;
        this.metric = metric;
        this.dimension = dimension;
        this.value = value;
        this.observedAt = observedAt;
        this.source = source;
        this.receivedAt = receivedAt;
    }

    public String getId() { return id; }
    public String getAccountId() { return accountId; }
    public Metric getMetric() { return metric; }
    public String getDimension() { return dimension; }
    public double getValue() { return value; }
    public Instant getObservedAt() { return observedAt; }
    public String getSource() { return source; }
    public Instant getReceivedAt() { return receivedAt; }
}
