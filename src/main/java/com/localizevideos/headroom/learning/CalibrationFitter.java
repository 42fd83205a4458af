package com.localizevideos.headroom.learning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.localizevideos.headroom.common.KaplanMeier;

/**
 * Platt scaling of the readiness score on a {@link TrainingSet} with {@link LogisticFit}, plus the Kaplan–Meier medians
 * of time from a first HIGH tier to expansion. No I/O: the same training set always gives the same calibration.
 */
public final class CalibrationFitter {
    public static final String METHOD = "PLATT_LOGISTIC";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private CalibrationFitter() {
    }

    /** Needs both labels among the points; {@code active} is scored on the held-out period for comparison. */
    public static Fitted fit(TrainingSet set, Calibration active, double heldOutShare, double ridge, int minSimilar,
                             Instant fittedAt) {
        List<TrainingPoint> points = set.points();
        LogisticFit.Result all = LogisticFit.fit(features(points), labels(points), ridge);
        Integer heldOutN = null;
        Double heldOutBrier = null;
        Double activeHeldOutBrier = null;
        int heldOutPoints = (int) Math.ceil(set.asOfPoints().size() * heldOutShare);
        if (set.asOfPoints().size() >= 2 && heldOutPoints >= 1 && heldOutPoints < set.asOfPoints().size()) {
            Instant cut = set.asOfPoints().get(set.asOfPoints().size() - heldOutPoints);
            List<TrainingPoint> train = points.stream().filter(p -> p.asOf().isBefore(cut)).toList();
            List<TrainingPoint> test = points.stream().filter(p -> !p.asOf().isBefore(cut)).toList();
            long trainPositives = train.stream().filter(TrainingPoint::expanded90d).count();
            if (!test.isEmpty() && trainPositives > 0 && trainPositives < train.size()) {
                LogisticFit.Result early = LogisticFit.fit(features(train), labels(train), ridge);
                heldOutN = test.size();
                heldOutBrier = brier(test, p -> early.predict(new double[] {p.score()}));
                activeHeldOutBrier = active == null ? null : brier(test, p -> active.probability(p.score()));
            }
        }
        double intercept = all.coefficients()[0];
        double slope = all.coefficients()[1];
        Calibration.TimeToExpansion time = timeToExpansion(set.durations(), minSimilar);
        String version = "platt-" + STAMP.format(fittedAt) + "-" + digest(set, fittedAt, intercept, slope);
        Calibration calibration = new Calibration(version, METHOD, intercept, slope, time);
        int positives = (int) set.positives();
        return new Fitted(calibration, points.size(), positives, brier(points, p -> calibration.probability(p.score())),
                reliability(points, calibration), heldOutN, heldOutBrier, activeHeldOutBrier);
    }

    /** Kaplan–Meier medians over all accounts and per plan (a plan with fewer than {@code minSimilar} accounts gets none). */
    static Calibration.TimeToExpansion timeToExpansion(List<TrainingSet.HighToExpansion> durations, int minSimilar) {
        Map<String, Calibration.Median> byPlan = new TreeMap<>();
        durations.stream().collect(Collectors.groupingBy(TrainingSet.HighToExpansion::plan)).forEach((plan, list) -> {
            if (list.size() >= minSimilar) {
                byPlan.put(plan, median(list));
            }
        });
        return new Calibration.TimeToExpansion(durations.isEmpty() ? null : median(durations), byPlan);
    }

    private static Calibration.Median median(List<TrainingSet.HighToExpansion> durations) {
        KaplanMeier km = KaplanMeier.fit(durations.stream().map(TrainingSet.HighToExpansion::observation).toList());
        Double median = km.medianDays().isPresent() ? Math.round(km.medianDays().getAsDouble() * 10) / 10.0 : null;
        return new Calibration.Median(median, km.subjects(),
                (int) durations.stream().filter(TrainingSet.HighToExpansion::expanded).count());
    }

    static double brier(List<TrainingPoint> points, java.util.function.ToDoubleFunction<TrainingPoint> predict) {
        double sum = 0;
        for (TrainingPoint p : points) {
            double d = predict.applyAsDouble(p) - (p.expanded90d() ? 1 : 0);
            sum += d * d;
        }
        return points.isEmpty() ? Double.NaN : sum / points.size();
    }

    /** Ten equal-width bins of predicted probability; empty bins are left out. */
    static List<Fitted.ReliabilityBin> reliability(List<TrainingPoint> points, Calibration c) {
        int[] n = new int[10];
        double[] predicted = new double[10];
        int[] expanded = new int[10];
        for (TrainingPoint p : points) {
            double q = c.probability(p.score());
            int bin = Math.min(9, (int) (q * 10));
            n[bin]++;
            predicted[bin] += q;
            expanded[bin] += p.expanded90d() ? 1 : 0;
        }
        List<Fitted.ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                bins.add(new Fitted.ReliabilityBin(b / 10.0, (b + 1) / 10.0, n[b], round(predicted[b] / n[b]),
                        round((double) expanded[b] / n[b])));
            }
        }
        return bins;
    }

    private static double[][] features(List<TrainingPoint> points) {
        double[][] x = new double[points.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {points.get(i).score()};
        }
        return x;
    }

    private static int[] labels(List<TrainingPoint> points) {
        return points.stream().mapToInt(p -> p.expanded90d() ? 1 : 0).toArray();
    }

    private static String digest(TrainingSet set, Instant fittedAt, double intercept, double slope) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((fittedAt + "|" + set.from() + "|" + set.to() + "|" + set.segment() + "|" + set.points().size() + "|" + intercept
                    + "|" + slope).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
