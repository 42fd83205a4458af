package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule-set version under governance: status, provenance, files, check results, review, activations, simulations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetView(String version, String status, String origin, String basedOn, String uploadedBy,
                          Instant uploadedAt, String comment, int ruleCount, List<FileView> files, ChecksView checks,
                          ReviewView review, List<ActivationView> activations, List<SimulationSummary> simulations,
                          SimulationView latestSimulation) {

    /** A file of the version; {@code changed} when it differs from the version it was based on. */
    public record FileView(String path, String sha256, int sizeBytes, Boolean changed) {
    }

    /** What the checks found: errors (none in a stored version) and warnings, each with its place. */
    public record ChecksView(boolean compiled, List<Finding> errors, List<Finding> warnings) {
    }

    /** The reviewer's decision: APPROVED or REJECTED, by whom, when and why. */
    public record ReviewView(String decision, String by, Instant at, String comment) {
    }

    /** One activation of the version. */
    public record ActivationView(Instant at, String by, String kind) {
    }

    /** A stored simulation, in short. */
    public record SimulationSummary(String id, Instant createdAt, String createdBy, String baselineVersion, Instant from,
                                    Instant to, int accounts) {
    }
}
