package com.localizevideos.headroom.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.localizevideos.headroom.scoring.ForecastView;
import com.localizevideos.headroom.scoring.RevenuePotentialView;

/**
 * Contract v1 evaluation body. {@code calibrationVersion} names the calibration that turned the score into
 * {@code readiness.probability}; {@code revenuePotential} and {@code forecast} come from scoring (package scoring).
 * {@code heldOut}: the account is in the holdout, so its actions are recorded as "would have acted" and nothing is
 * delivered or shown.
 */
public record EvaluationView(UUID id, String accountId, Instant asOf, String rulesetVersion, List<SignalView> signals,
                             ReadinessView readiness, List<ActionView> actions, List<SuppressionView> suppressed,
                             List<FiredRuleView> firedRules, String calibrationVersion,
                             RevenuePotentialView revenuePotential, ForecastView forecast, boolean heldOut) {

    /** A signal with its family, strength (0..1) and evidence. */
    public record SignalView(String code, String family, double strength, String evidence) {
    }

    /** Score 0–100, tier, the points each factor contributed, and P(expands within 90 days) from the calibration. */
    public record ReadinessView(int score, String tier, List<FactorView> factors, double probability) {
    }

    /** One factor: its weight (max points) and the points it scored. */
    public record FactorView(String factor, int weight, int points) {
    }

    /** An action started: playbook, channel, reason, and the table rows that proposed and routed it. */
    public record ActionView(UUID id, String playbook, String channel, String reason, String rule, String routedBy,
                             boolean heldOut) {
    }

    /** A playbook held back by a guardrail, with the reason. */
    public record SuppressionView(String playbook, String guardrail, String reason) {
    }

    /** A fired rule in firing order with where it was written. */
    public record FiredRuleView(int order, String rule, SourceView source) {
    }

    /** File, and line for DRL or sheet and row for a decision-table row. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(String file, String sheet, Integer row, Integer line) {
    }
}
