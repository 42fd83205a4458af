package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the rule-set endpoints. */
public final class RuleSetRequests {
    private RuleSetRequests() {
    }

    /** A reviewer's decision: why (required). */
    public record ReviewRequest(@NotNull @Size(min = 1, max = 2000) String comment) {
    }

    /** Why a version is activated, rolled back or reloaded (optional). */
    public record ChangeRequest(@Size(max = 2000) String comment) {
    }

    /** The period whose stored evaluations (by their asOf) a simulation re-runs: from inclusive, to exclusive. */
    public record SimulateRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    /** What an idempotent upload is bound to: its files (name and SHA-256) and comment. */
    record UploadFingerprint(List<String> files, String comment) {
    }
}
