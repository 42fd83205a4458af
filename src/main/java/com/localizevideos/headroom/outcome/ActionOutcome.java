package com.localizevideos.headroom.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The customer's response to one action. Append-only. */
@Entity
@Table(name = "action_outcome")
public class ActionOutcome {
    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "account_id")
    public String accountId;

    public String response;

    @Column(name = "arr_delta")
    public BigDecimal arrDelta;

    public String reason;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The customer's "was this helpful" rating, 1-5, where the app collects one. */
    @Column(name = "helpful_rating")
    public Integer helpfulRating;

    /** The calibration version behind the action's probability; null until calibrations exist. */
    @Column(name = "calibration_version")
    public String calibrationVersion;

    /** Who recorded the response: the authenticated principal (null for records older than authentication). */
    public String principal;
}
