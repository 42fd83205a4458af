package com.localizevideos.headroom.learning;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/challengers}: the window (default the year up to now), where held-out time starts
 * (default: the latest {@code headroom.calibration.held-out-share} of the asOf points), a segment and k as for backtests.
 */
public record ChallengerRequest(Instant from, Instant to, Instant heldOutFrom, String segment, Integer k) {
}
