package com.localizevideos.headroom.importer.mapping;

import java.time.Instant;
import java.util.List;

import com.localizevideos.headroom.observation.Metric;

/**
 * The observations one row stands for, and whose they are: an account directly, or a subscription that the
 * writer resolves to its account ({@code accountId} null then).
 */
public record ObservationRow(String accountId, String subscriptionSource, String subscriptionId,
                             List<Draft> observations) {

    /** An observation without its account. */
    public record Draft(String id, Metric metric, String dimension, double value, Instant observedAt, String source) {
    }

    public ObservationRow {
        observations = List.copyOf(observations);
    }

    static ObservationRow ofAccount(String accountId, List<Draft> observations) {
        return new ObservationRow(accountId, null, null, observations);
    }

    static ObservationRow ofSubscription(String source, String subscriptionId, List<Draft> observations) {
        return new ObservationRow(null, source, subscriptionId, observations);
    }
}
