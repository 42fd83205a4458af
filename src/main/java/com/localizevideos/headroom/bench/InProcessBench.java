package com.localizevideos.headroom.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;

/** Times the active rule base against {@link HandCodedDecisions} on the same snapshots, single-threaded. */
@ApplicationScoped
public class InProcessBench {
    private static final long SEED = 20_261_124L;
    private static final int ROUNDS = 20;
    /** The hand-coded side evaluates this many times more per round, so both sides spend similar time in a round. */
    private static final int HAND_CODED_FACTOR = 10;
    /** Where the timed loops leave their results, so the JIT cannot drop the work. */
    private static volatile long sink;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    RuleBaseConfig rules;

    @Inject
    BenchConfig config;

    /**
     * Checks both implementations agree on every snapshot, warms both up, then alternates between them in short
     * rounds and reports medians, so a burst of load from elsewhere on the machine lands on both alike.
     */
    public InProcessRunView run(Integer evaluations, Integer warmup) {
        int timed = evaluations == null ? config.evaluations() : evaluations;
        int untimed = warmup == null ? config.warmup() : warmup;
        CompiledRuleBase base = ruleBase.require();
        int maxFirings = rules.maxRuleFirings();
        List<AccountSnapshot> snapshots = BenchSnapshots.varied(SEED, config.snapshots());
        Function<AccountSnapshot, Decision> drools = s -> DecisionRunner.decide(base, s, maxFirings);
        Function<AccountSnapshot, Decision> handCoded = HandCodedDecisions::decide;

        int disagreements = 0;
        for (AccountSnapshot s : snapshots) {
            if (!DecisionDigest.of(drools.apply(s)).equals(DecisionDigest.of(handCoded.apply(s)))) {
                disagreements++;
            }
        }
        run(drools, snapshots, untimed);
        run(handCoded, snapshots, untimed * HAND_CODED_FACTOR);

        int perRound = Math.max(1, timed / ROUNDS);
        int handCodedPerRound = perRound * HAND_CODED_FACTOR;
        double[] droolsRates = new double[ROUNDS];
        double[] handCodedRates = new double[ROUNDS];
        double[] shares = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            boolean droolsFirst = round % 2 == 0;
            long start = System.nanoTime();
            long first = droolsFirst ? run(drools, snapshots, perRound) : run(handCoded, snapshots, handCodedPerRound);
            long middle = System.nanoTime();
            long second = droolsFirst ? run(handCoded, snapshots, handCodedPerRound) : run(drools, snapshots, perRound);
            long end = System.nanoTime();
            sink += first ^ second;
            droolsRates[round] = perRound * 1e9 / (droolsFirst ? middle - start : end - middle);
            handCodedRates[round] = handCodedPerRound * 1e9 / (droolsFirst ? end - middle : middle - start);
            shares[round] = droolsRates[round] / handCodedRates[round];
        }
        double droolsRate = median(droolsRates);
        double handCodedRate = median(handCodedRates);
        return new InProcessRunView(base.version(), snapshots.size(), untimed, ROUNDS, perRound * ROUNDS,
                handCodedPerRound * ROUNDS,
                round(droolsRate, 1), round(handCodedRate, 1), round(median(shares), 4),
                round(Arrays.stream(shares).min().orElse(0), 4), round(Arrays.stream(shares).max().orElse(0), 4),
                round(1e6 / droolsRate, 2), round(1e6 / handCodedRate, 2), disagreements,
                disagreements == 0,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** Evaluates {@code count} snapshots in turn and returns a checksum of the decisions. */
    private static long run(Function<AccountSnapshot, Decision> decide, List<AccountSnapshot> snapshots, int count) {
        long checksum = 0;
        for (int i = 0; i < count; i++) {
            Decision d = decide.apply(snapshots.get(i % snapshots.size()));
            checksum += d.readiness().getScore() + 101L * d.actions().size() + 10_007L * d.suppressed().size()
                    + 1_000_003L * d.firedRules().size();
        }
        return checksum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
