package com.localizevideos.headroom.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleSource;
import com.localizevideos.headroom.ruleset.RuleSetChecker;
import com.localizevideos.headroom.ruleset.RuleSetService;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Proposes readiness factor weights learned from outcomes: a logistic regression ({@link LogisticFit}) of "expanded
 * within 90 days" on each factor's share of its max points, fitted on the point-in-time snapshots before held-out time;
 * the positive coefficients, rescaled to 100 points in total, become the proposed max points. Answers the backtest of
 * champion vs challenger on held-out time and stores the proposed workbook. Nothing becomes active.
 */
@ApplicationScoped
public class ChallengerService {
    /** Total max points of a proposed table (the shipped table's convention: scores are 0–100). */
    static final int TOTAL_POINTS = 100;

    @Inject
    TrainingSetBuilder training;

    @Inject
    Backtest backtest;

    @Inject
    ChallengerStore store;

    @Inject
    CalibrationConfig config;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    @Inject
    RuleSetService rulesets;

    public ChallengerView propose(ChallengerRequest r) {
        Instant now = clock.instant();
        Instant to = r.to() == null ? now.truncatedTo(ChronoUnit.SECONDS) : r.to();
        Instant from = r.from() == null ? to.minus(Duration.ofDays(365)) : r.from();
        List<LocatedProblem> problems = new ArrayList<>();
        Backtest.validateWindow(from, to, r.heldOutFrom(), now, problems);
        if (r.k() != null && r.k() < 1) {
            problems.add(LocatedProblem.atField("k", "k is " + r.k() + "; precision at k needs k of at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-request", "Invalid challenger request", 400,
                    problems.size() + " problem(s) in the challenger request", problems);
        }
        CompiledRuleBase champion = ruleBase.require();
        byte[] shipped = champion.files().stream().filter(f -> f.path().endsWith("readiness.drl.xlsx"))
                .map(RuleSource::content).findFirst()
                .orElseThrow(() -> new ProblemException("no-readiness-table", "No readiness table", 409,
                        "the active rule set " + champion.version() + " has no readiness.drl.xlsx to propose weights for",
                        List.of()));
        TrainingSet set = training.build(from, to, r.segment());
        Instant heldOutFrom = r.heldOutFrom() != null ? r.heldOutFrom() : defaultHeldOutFrom(set);
        List<TrainingPoint> train = set.points().stream().filter(p -> p.asOf().isBefore(heldOutFrom)).toList();
        long positives = train.stream().filter(TrainingPoint::expanded90d).count();
        if (positives < config.minPerLabel() || train.size() - positives < config.minPerLabel()) {
            throw new ProblemException("not-enough-outcomes", "Not enough recorded outcomes", 422, String.format(Locale.US,
                    "%d training points before %s (%d expanded within 90 days); a fit needs at least %d of each",
                    train.size(), heldOutFrom, positives, config.minPerLabel()),
                    List.of(LocatedProblem.atField("from", "widen the window or record more outcomes")));
        }
        LogisticFit.Result fit = LogisticFit.fit(shares(train), train.stream().mapToInt(p -> p.expanded90d() ? 1 : 0).toArray(),
                config.ridge());
        Map<String, Double> coefficients = new LinkedHashMap<>();
        coefficients.put("intercept", BacktestMetrics.round(fit.coefficients()[0]));
        for (Factor f : Factor.values()) {
            coefficients.put(f.name(), BacktestMetrics.round(fit.coefficients()[f.ordinal() + 1]));
        }
        Map<Factor, Integer> weights = rescale(fit.coefficients());
        if (weights == null) {
            throw new ProblemException("no-positive-weight", "No factor predicts expansion", 422,
                    "every factor's fitted coefficient is 0 or below " + coefficients + "; no table to propose", List.of());
        }
        BacktestView evidence = backtest.evaluate(set, heldOutFrom, weights, r.k());
        byte[] workbook = ReadinessWorkbook.propose(shipped, weights);
        String id = UUID.randomUUID().toString();
        String figures = String.format(Locale.US, "Held-out AUC %s (champion) vs %s (challenger), Brier %s vs %s on %d points.",
                evidence.champion().figures().auc(), evidence.challenger().figures().auc(),
                evidence.champion().figures().brier(), evidence.challenger().figures().brier(), evidence.evaluationPoints());
        String principal = Principals.nameOf(identity);
        String draft = null;
        String notes;
        try {
            // Submitted through the same checks as any upload; a draft needs simulation, another person's approval
            // and an activation before it decides anything.
            draft = rulesets.upload(List.of(new RuleSetChecker.Upload("readiness.drl.xlsx", workbook)),
                    "challenger " + id + ": weights learned from outcomes. " + figures, principal).version();
            notes = "Proposal only: nothing is active. " + figures + " Submitted as DRAFT rule set " + draft
                    + ": simulate, approve (another person) and activate it through rule-set governance to use it.";
        } catch (ProblemException refused) {
            notes = "Proposal only: nothing is active. " + figures + " The rule-set checks refused it as a draft ("
                    + refused.getMessage() + "); the workbook can still be downloaded and edited.";
        }
        ChallengerView view = new ChallengerView(id, now, principal, champion.version(), coefficients,
                weights, evidence, "/api/v1/challengers/" + id + "/workbook", draft, notes);
        store.insert(view, workbook);
        return view;
    }

    /** The first of the latest {@code held-out-share} asOf points. */
    private Instant defaultHeldOutFrom(TrainingSet set) {
        List<Instant> points = set.asOfPoints();
        int held = Math.max(1, (int) Math.ceil(points.size() * config.heldOutShare()));
        if (points.size() < 2 || held >= points.size()) {
            throw new ProblemException("not-enough-outcomes", "Not enough recorded outcomes", 422, points.size()
                    + " asOf points in the window; a challenger needs some before and some in held-out time",
                    List.of(LocatedProblem.atField("from", "widen the window")));
        }
        return points.get(points.size() - held);
    }

    /** Each factor's points as a share of its max points (0..1). */
    static double[][] shares(List<TrainingPoint> points) {
        double[][] x = new double[points.size()][Factor.values().length];
        for (int i = 0; i < x.length; i++) {
            TrainingPoint p = points.get(i);
            for (Factor f : Factor.values()) {
                int w = p.factorWeights().getOrDefault(f, 0);
                x[i][f.ordinal()] = w <= 0 ? 0 : p.factorPoints().getOrDefault(f, 0) / (double) w;
            }
        }
        return x;
    }

    /**
     * Positive factor coefficients rescaled to whole max points adding up to 100 (largest remainder); a factor with a
     * coefficient of 0 or below gets 0. Null when none is positive.
     */
    static Map<Factor, Integer> rescale(double[] coefficients) {
        double total = 0;
        for (Factor f : Factor.values()) {
            total += Math.max(0, coefficients[f.ordinal() + 1]);
        }
        if (total <= 0) {
            return null;
        }
        Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
        Map<Factor, Double> remainders = new EnumMap<>(Factor.class);
        int given = 0;
        for (Factor f : Factor.values()) {
            double exact = TOTAL_POINTS * Math.max(0, coefficients[f.ordinal() + 1]) / total;
            weights.put(f, (int) Math.floor(exact));
            remainders.put(f, exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<Factor> order = new ArrayList<>(remainders.keySet());
        order.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; i < TOTAL_POINTS - given; i++) {
            weights.merge(order.get(i), 1, Integer::sum);
        }
        return weights;
    }
}
