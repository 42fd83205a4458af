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
                             RevenuePotentialView revenuePotential, ForecastView forecast, List<WhyNotView> whyNot,
                             boolean heldOut) {

    /** A signal with its family, strength (0..1) and evidence. */
    public record SignalView(String code, String family, double strength, String evidence) {
    }

    /** Score 0–100, tier, the points each factor contributed, and P(expands within 90 days) from the calibration. */
    public record ReadinessView(int score, String tier, List<FactorView> factors, double probability) {
    }

    /** One factor: its weight (max points) and the points it scored. */
    public record FactorView(String factor, int weight, int points) {
    }

    /**
     * An action started: playbook, channel, reason, the table rows that proposed and routed it, who works it
     * ({@code owner}, null for in-product prompts), what it says ({@code content}) and whether the account is in the
     * holdout ({@code heldOut}: recorded as "would have acted", never delivered or shown).
     */
    public record ActionView(UUID id, String playbook, String channel, String reason, String rule, String routedBy,
                             String owner, ContentView content, boolean heldOut) {
    }

    /**
     * What an action says: headline and body from the content table, filled from the account, and the structured
     * facts they name: the plan to compare ({@code comparePlan}), the feature to discover, the limit that is close,
     * the next onboarding milestone. Fields that do not apply are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContentView(String headline, String body, String comparePlan, String feature, LimitView limit,
                              String milestone) {
    }

    /** A plan limit: {@code name} (minutes, languages, seats), how much is used, the plan's {@code max}, the next plan's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LimitView(String name, double used, double max, Integer nextPlanMax) {
    }

    /** A playbook that did not start, the nearest unmet condition in business words, and the table row it comes from. */
    public record WhyNotView(String playbook, String unmet, String rule) {
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
