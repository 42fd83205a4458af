package com.localizevideos.headroom.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;

/**
 * Backtests the champion (the active rule set) and optionally a challenger weight vector on the point-in-time training
 * set of a window ({@link TrainingSetBuilder}): each model's score is calibrated (Platt) on the points before
 * {@code heldOutFrom} and judged on the points from it; without {@code heldOutFrom} both on all points (in-sample).
 */
@ApplicationScoped
public class Backtest {
    @Inject
    TrainingSetBuilder training;

    @Inject
    CalibrationConfig config;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    Clock clock;

    public BacktestView run(BacktestRequest r) {
        Instant now = clock.instant();
        Instant to = r.to() == null ? now.truncatedTo(ChronoUnit.SECONDS) : r.to();
        Instant from = r.from() == null ? to.minus(Duration.ofDays(365)) : r.from();
        List<LocatedProblem> problems = new ArrayList<>();
        validateWindow(from, to, r.heldOutFrom(), now, problems);
        if (r.k() != null && r.k() < 1) {
            problems.add(LocatedProblem.atField("k", "k is " + r.k() + "; precision at k needs k of at least 1"));
        }
        Map<Factor, Integer> challenger = r.challenger() == null ? null : weights(r.challenger(), "challenger", problems);
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-request", "Invalid backtest request", 400,
                    problems.size() + " problem(s) in the backtest request", problems);
        }
        TrainingSet set = training.build(from, to, r.segment());
        return evaluate(set, r.heldOutFrom(), challenger, r.k());
    }

    /** Problems of a window: {@code to} not in the future, 90 days of outcomes, held-out time inside it. */
    static void validateWindow(Instant from, Instant to, Instant heldOutFrom, Instant now, List<LocatedProblem> problems) {
        if (to.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add(LocatedProblem.atField("to", "to " + to + " is later than now; outcomes after now are not known"));
        }
        if (!from.isBefore(to.minus(TrainingSetBuilder.HORIZON))) {
            problems.add(LocatedProblem.atField("from", "from " + from + " must be more than 90 days before to " + to
                    + ": each point needs 90 days of outcomes after it"));
        }
        if (heldOutFrom != null && (!heldOutFrom.isAfter(from) || heldOutFrom.isAfter(to.minus(TrainingSetBuilder.HORIZON)))) {
            problems.add(LocatedProblem.atField("heldOutFrom", "heldOutFrom " + heldOutFrom + " must be after from " + from
                    + " and at most to - 90 days (" + to.minus(TrainingSetBuilder.HORIZON) + ")"));
        }
    }

    /** Max points per factor from a request; names each unknown factor, negative weight, or an all-zero vector. */
    static Map<Factor, Integer> weights(Map<String, Integer> given, String field, List<LocatedProblem> problems) {
        Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
        given.forEach((name, w) -> {
            Factor f;
            try {
                f = Factor.valueOf(name);
            } catch (IllegalArgumentException e) {
                problems.add(LocatedProblem.atField(field + "." + name, "unknown readiness factor " + name + "; factors are "
                        + List.of(Factor.values())));
                return;
            }
            if (w == null || w < 0) {
                problems.add(LocatedProblem.atField(field + "." + name, "max points must be 0 or more, got " + w));
                return;
            }
            weights.put(f, w);
        });
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0 && problems.isEmpty()) {
            problems.add(LocatedProblem.atField(field, "at least one factor needs max points above 0"));
        }
        return weights;
    }

    /**
     * The readiness score with other max points per factor, as the readiness table would compute it with every row's
     * points of a factor scaled by new ÷ old max points (rounded): each factor's capped points scaled and rounded, summed,
     * ÷ the total of the new max points × 100. A factor missing from {@code weights} counts 0.
     */
    public static int rescore(TrainingPoint p, Map<Factor, Integer> weights) {
        double points = 0;
        int total = 0;
        for (Factor f : Factor.values()) {
            int w = weights.getOrDefault(f, 0);
            total += w;
            int old = p.factorWeights().getOrDefault(f, 0);
            if (old > 0 && w > 0) {
                points += Math.min(w, Math.round(p.factorPoints().getOrDefault(f, 0) * (double) w / old));
            }
        }
        return total <= 0 ? 0 : Math.max(0, Math.min(100, (int) Math.round(100 * points / total)));
    }

    /** Champion and (when given) challenger figures on a training set already built. */
    public BacktestView evaluate(TrainingSet set, Instant heldOutFrom, Map<Factor, Integer> challenger, Integer k) {
        List<TrainingPoint> train = heldOutFrom == null ? set.points()
                : set.points().stream().filter(p -> p.asOf().isBefore(heldOutFrom)).toList();
        List<TrainingPoint> test = heldOutFrom == null ? set.points()
                : set.points().stream().filter(p -> !p.asOf().isBefore(heldOutFrom)).toList();
        requireBothLabels(train, "training", heldOutFrom);
        requireBothLabels(test, "evaluation", heldOutFrom);
        int kk = k != null ? k : Math.max(1, (int) Math.ceil(test.size() * 0.1));
        Map<Factor, Integer> championWeights = set.points().isEmpty() ? Map.of() : new EnumMap<>(set.points().get(0).factorWeights());
        BacktestView.Model champion = model("champion", ruleBase.require().version(), championWeights, train, test,
                TrainingPoint::score, kk);
        BacktestView.Model other = challenger == null ? null
                : model("challenger", null, challenger, train, test, p -> rescore(p, challenger), kk);
        return new BacktestView(set.from(), set.to(), heldOutFrom, set.segment(), heldOutFrom == null, set.asOfPoints(),
                train.size(), test.size(), Math.round(test.stream().mapToDouble(TrainingPoint::expansionArr90d).sum() * 100) / 100.0,
                champion, other);
    }

    private BacktestView.Model model(String name, String version, Map<Factor, Integer> weights, List<TrainingPoint> train,
                                     List<TrainingPoint> test, ToIntFunction<TrainingPoint> score, int k) {
        double[][] x = train.stream().map(p -> new double[] {score.applyAsInt(p)}).toArray(double[][]::new);
        int[] y = train.stream().mapToInt(p -> p.expanded90d() ? 1 : 0).toArray();
        LogisticFit.Result platt = LogisticFit.fit(x, y, config.ridge());
        List<BacktestMetrics.Scored> scored = test.stream().map(p -> {
            int s = score.applyAsInt(p);
            return new BacktestMetrics.Scored(p, s, platt.predict(new double[] {s}));
        }).toList();
        return new BacktestView.Model(name, version, weights, BacktestMetrics.round(platt.coefficients()[0]),
                BacktestMetrics.round(platt.coefficients()[1]), BacktestMetrics.of(scored, k));
    }

    private static void requireBothLabels(List<TrainingPoint> points, String part, Instant heldOutFrom) {
        long positives = points.stream().filter(TrainingPoint::expanded90d).count();
        if (positives == 0 || positives == points.size()) {
            throw new ProblemException("not-enough-outcomes", "Not enough recorded outcomes", 422, String.format(Locale.US,
                    "the %s points (%d, %d expanded within 90 days) need both expanded and not-expanded points to "
                            + "calibrate and judge a model", part, points.size(), positives),
                    List.of(LocatedProblem.atField(heldOutFrom == null ? "from" : "heldOutFrom",
                            "move it or widen the window so both parts have expanded and not-expanded points")));
        }
    }
}
