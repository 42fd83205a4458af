package com.localizevideos.headroom.learning;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/calibrations}: the training window (asOf points from {@code from} to {@code to - 90
 * days}, outcomes up to {@code to}; defaults: {@code to} now, {@code from} a year before) and optionally one segment.
 */
public record CalibrationRequest(Instant from, Instant to, String segment) {
}
