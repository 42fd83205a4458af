package com.localizevideos.headroom.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored decision: input facts as asserted, the answer given, and the rule-set version. Never updated. */
@Entity
@Table(name = "evaluation")
public class Evaluation {
    @Id
    public UUID id;

    @Column(name = "account_id")
    public String accountId;

    @Column(name = "as_of")
    public Instant asOf;

    @Column(name = "ruleset_version")
    public String rulesetVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    public int score;

    public String tier;

    /** The batch run that made this evaluation, or null for a single evaluation. */
    @Column(name = "batch_run_id")
    public UUID batchRunId;

    /** The facts inserted into the session, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    /** The evaluation body returned to the caller, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String decision;

    /** The account was in the holdout: its actions were recorded as "would have acted", nothing was delivered. */
    @Column(name = "held_out")
    public boolean heldOut;

    /** Who asked for the decision: the authenticated principal (null for records older than authentication). */
    public String principal;

    /** The calibration that turned the score into {@link #probability} (null for records older than V8). */
    @Column(name = "calibration_version")
    public String calibrationVersion;

    /** P(the account expands within 90 days). */
    public Double probability;

    /** Revenue potential: ARR delta and expected value (probability × delta), USD. */
    @Column(name = "arr_delta", precision = 14, scale = 2)
    public BigDecimal arrDelta;

    @Column(name = "expected_value", precision = 14, scale = 2)
    public BigDecimal expectedValue;

    /** Forecast days to expansion (null when none), its method, and the upsell likelihood within 90 days. */
    @Column(name = "days_to_expansion")
    public Integer daysToExpansion;

    @Column(name = "forecast_method")
    public String forecastMethod;

    @Column(name = "upsell_likelihood_90d")
    public Double upsellLikelihood90d;

    /** Calibration parameters, catalog prices and Kaplan–Meier median used, as JSON (see scoring/ScoringInputs). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scoring_inputs")
    public String scoringInputs;
}
