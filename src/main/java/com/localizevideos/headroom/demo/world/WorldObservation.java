package com.localizevideos.headroom.demo.world;

import java.time.Instant;

/** One generated observation in Contract v1 terms. */
record WorldObservation(String id, String accountId, String metric, String dimension, double value, Instant observedAt) {
}
