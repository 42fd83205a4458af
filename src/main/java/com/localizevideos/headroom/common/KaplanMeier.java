package com.localizevideos.headroom.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Kaplan–Meier product-limit estimate of "still not expanded" over time, from durations that either ended in the event
 * (expansion) or were censored (still open when observation stopped). Used by the forecast and the reports.
 */
public final class KaplanMeier {

    /** One observed duration in days; {@code event} false means censored. */
    public record Observation(double days, boolean event) {
    }

    /** The survival curve just after {@code days}: the share not yet expanded, with the counts behind it. */
    public record Step(double days, int atRisk, int events, int censored, double survival) {
    }

    private final List<Step> steps;
    private final int subjects;

    private KaplanMeier(List<Step> steps, int subjects) {
        this.steps = List.copyOf(steps);
        this.subjects = subjects;
    }

    /** Fits the curve; negative or non-finite durations are rejected. */
    public static KaplanMeier fit(List<Observation> observations) {
        for (Observation o : observations) {
            if (!Double.isFinite(o.days()) || o.days() < 0) {
                throw new IllegalArgumentException("duration must be a finite number of days >= 0, got " + o.days());
            }
        }
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(Observation::days));
        List<Step> steps = new ArrayList<>();
        int atRisk = sorted.size();
        double survival = 1.0;
        int i = 0;
        while (i < sorted.size()) {
            double t = sorted.get(i).days();
            int events = 0;
            int censored = 0;
            while (i < sorted.size() && sorted.get(i).days() == t) {
                if (sorted.get(i).event()) {
                    events++;
                } else {
                    censored++;
                }
                i++;
            }
            if (events > 0) {
                survival *= 1.0 - (double) events / atRisk;
            }
            steps.add(new Step(t, atRisk, events, censored, survival));
            atRisk -= events + censored;
        }
        return new KaplanMeier(steps, sorted.size());
    }

    /** Every distinct time with its counts and the survival just after it, in time order. */
    public List<Step> steps() {
        return steps;
    }

    /** How many durations the curve was fitted on. */
    public int subjects() {
        return subjects;
    }

    /** The share not yet expanded just after {@code days}. */
    public double survivalAt(double days) {
        double survival = 1.0;
        for (Step step : steps) {
            if (step.days() > days) {
                break;
            }
            survival = step.survival();
        }
        return survival;
    }

    /** The first time the survival falls to 0.5 or below; empty while more than half have not expanded. */
    public OptionalDouble medianDays() {
        for (Step step : steps) {
            if (step.survival() <= 0.5) {
                return OptionalDouble.of(step.days());
            }
        }
        return OptionalDouble.empty();
    }
}
