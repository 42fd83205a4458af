package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.List;

import com.localizevideos.headroom.common.KaplanMeier;

/**
 * Point-in-time training data over a window: readiness recomputed at past asOf points (each from what was known
 * then) labelled by EXPANSION events within 90 days after it, and for each account whose score reached HIGH the days
 * from that first HIGH point to its next expansion (censored at the window's end). Nothing after {@code to} is read.
 */
public record TrainingSet(Instant from, Instant to, String segment, List<Instant> asOfPoints, List<TrainingPoint> points,
                          List<HighToExpansion> durations) {

    /** Days from a first HIGH tier to expansion for one account, or to the window's end when it has not expanded. */
    public record HighToExpansion(String accountId, String plan, double days, boolean expanded) {
        KaplanMeier.Observation observation() {
            return new KaplanMeier.Observation(days, expanded);
        }
    }

    public long positives() {
        return points.stream().filter(TrainingPoint::expanded90d).count();
    }
}
