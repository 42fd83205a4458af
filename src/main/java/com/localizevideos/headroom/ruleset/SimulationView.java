package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The impact of a version against the baseline (the version active when simulated), over the latest stored
 * evaluation of each account in a period, re-run from its stored point-in-time facts through both.
 */
public record SimulationView(String id, String version, String baselineVersion, Instant from, Instant to,
                             Instant createdAt, String createdBy, int accounts, int scoreChanged,
                             Map<String, Map<String, Integer>> tierTransitions, List<ActionDelta> actions,
                             Pipeline pipeline, Delta humanContacts, Suppressed newlySuppressed,
                             List<AccountChange> changedAccounts) {

    /** Actions started per playbook and channel by each version, and how many were added and removed. */
    public record ActionDelta(String playbook, String channel, int baseline, int candidate, int added, int removed) {
    }

    /** Expansion pipeline of the accounts with a commercial offer started, in ARR, and how it is valued. */
    public record Pipeline(double baseline, double candidate, double delta, int accountsWithOfferBaseline,
                           int accountsWithOfferCandidate, String basis) {
    }

    /** A count under each version. */
    public record Delta(int baseline, int candidate, int delta) {
    }

    /** Accounts with an action held back by a guardrail under the candidate but none under the baseline. */
    public record Suppressed(int count, List<String> accounts) {
    }

    /** One account whose decision changed (the first {@value SimulationService#LISTED} are listed). */
    public record AccountChange(String accountId, String baselineTier, String candidateTier, int baselineScore,
                                int candidateScore, List<String> added, List<String> removed) {
    }
}
