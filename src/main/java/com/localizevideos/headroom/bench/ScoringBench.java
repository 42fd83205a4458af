package com.localizevideos.headroom.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.learning.CalibrationStore;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.scoring.CatalogRepository;
import com.localizevideos.headroom.scoring.ScoreForecast;
import com.localizevideos.headroom.scoring.Scoring;

/**
 * Times the full evaluation (rule session, then probability, revenue potential and forecast with the active
 * calibration and the catalog) against the core evaluation alone (rule session), single-threaded, in alternating
 * rounds; reports the medians and the ratio full ÷ core in time per evaluation.
 */
@ApplicationScoped
public class ScoringBench {
    private static final long SEED = 20_261_124L;
    private static final int ROUNDS = 20;
    private static volatile long sink;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    RuleBaseConfig rules;

    @Inject
    BenchConfig config;

    @Inject
    CalibrationStore calibrations;

    @Inject
    CatalogRepository catalog;

    /** The run's figures: µs per evaluation of each side and their ratio (target: under 2). */
    public record View(String rulesetVersion, String calibrationVersion, int snapshots, int warmup, int rounds,
                       int evaluationsPerSide, double coreMicrosPerEvaluation, double fullMicrosPerEvaluation,
                       double fullToCoreRatio, double ratioLowestRound, double ratioHighestRound,
                       int availableProcessors, String javaVersion) {
    }

    public View run(Integer evaluations, Integer warmup) {
        int timed = evaluations == null ? config.evaluations() : evaluations;
        int untimed = warmup == null ? config.warmup() : warmup;
        CompiledRuleBase base = ruleBase.require();
        int maxFirings = rules.maxRuleFirings();
        List<AccountSnapshot> snapshots = BenchSnapshots.varied(SEED, config.snapshots());
        ToLongFunction<AccountSnapshot> core = s -> checksum(DecisionRunner.decide(base, s, maxFirings));
        ToLongFunction<AccountSnapshot> full = s -> {
            Decision d = DecisionRunner.decide(base, s, maxFirings);
            ScoreForecast f = Scoring.score(s, d, calibrations.active(), catalog.catalog());
            return checksum(d) + Double.doubleToLongBits(f.revenuePotential().expectedValue())
                    + (f.forecast().daysToExpansion() == null ? 7 : f.forecast().daysToExpansion());
        };
        run(core, snapshots, untimed);
        run(full, snapshots, untimed);
        int perRound = Math.max(1, timed / ROUNDS);
        double[] coreMicros = new double[ROUNDS];
        double[] fullMicros = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            boolean coreFirst = round % 2 == 0;
            long a = System.nanoTime();
            sink += run(coreFirst ? core : full, snapshots, perRound);
            long b = System.nanoTime();
            sink += run(coreFirst ? full : core, snapshots, perRound);
            long c = System.nanoTime();
            coreMicros[round] = (coreFirst ? b - a : c - b) / 1e3 / perRound;
            fullMicros[round] = (coreFirst ? c - b : b - a) / 1e3 / perRound;
            ratios[round] = fullMicros[round] / coreMicros[round];
        }
        return new View(base.version(), calibrations.active().version(), snapshots.size(), untimed, ROUNDS,
                perRound * ROUNDS, round(median(coreMicros)), round(median(fullMicros)), round(median(ratios)),
                round(Arrays.stream(ratios).min().orElse(0)), round(Arrays.stream(ratios).max().orElse(0)),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static long run(ToLongFunction<AccountSnapshot> evaluate, List<AccountSnapshot> snapshots, int count) {
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            checksum += evaluate.applyAsLong(snapshots.get(i % snapshots.size()));
        }
        return checksum;
    }

    private static long checksum(Decision d) {
        return d.readiness().getScore() + 101L * d.actions().size() + 10_007L * d.suppressed().size()
                + 1_000_003L * d.firedRules().size();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
