package com.localizevideos.headroom.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** An outbox row: one action to POST to the webhook, written in the transaction that started the action. */
@Entity
@Table(name = "delivery")
public class Delivery {
    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "account_id")
    public String accountId;

    /** The JSON body sent (and signed) on every attempt, stored as written: a {@code json} column keeps the text. */
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String payload;

    public String status;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
