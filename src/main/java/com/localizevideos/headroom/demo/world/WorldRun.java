package com.localizevideos.headroom.demo.world;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.audit.chain.ChainSealer;
import com.localizevideos.headroom.audit.chain.ChainVerifications;
import com.localizevideos.headroom.audit.chain.ChainVerifyView;
import com.localizevideos.headroom.batch.BatchRequest;
import com.localizevideos.headroom.batch.BatchRunView;
import com.localizevideos.headroom.batch.BatchService;
import com.localizevideos.headroom.batch.BatchWorker;
import com.localizevideos.headroom.holdout.HoldoutPolicy;
import com.localizevideos.headroom.report.Proportions;
import com.localizevideos.headroom.report.ReportFilter;
import com.localizevideos.headroom.report.ReportService;
import com.localizevideos.headroom.report.UpliftView;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.learning.CalibrationRequest;
import com.localizevideos.headroom.learning.CalibrationService;
import com.localizevideos.headroom.learning.CalibrationView;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The README's main job: load the demo world, fit a calibration on its recorded outcomes, evaluate every account in
 * one batch run, and print the tier distribution, the top 10 opportunities with probability, expected value, forecast
 * and reasons, and the total pipeline value.
 */
@ApplicationScoped
public class WorldRun {
    /** The playbooks that put a commercial offer in front of the customer. */
    static final List<String> OFFERS = List.of("SALES_ASSISTED_UPSELL", "CUSTOM_PLAN", "CONTRACT_EXPANSION",
            "TIER_COMPARISON_INSIGHT");

    @Inject
    WorldConfig config;

    @Inject
    WorldLoader loader;

    @Inject
    BatchService batches;

    @Inject
    BatchWorker worker;

    @Inject
    EntityManager em;

    @Inject
    ChainSealer chain;

    @Inject
    ChainVerifications chainVerifications;

    @Inject
    WorldHistory history;

    @Inject
    HoldoutPolicy holdout;

    @Inject
    ReportService reports;

    @Inject
    java.time.Clock clock;

    @Inject
    CalibrationService calibrations;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes @Priority(5100) StartupEvent event) {
        if (config.load()) {
            System.out.println(run());
            System.out.printf("%nHeadroom is up at http://localhost:%d  (API docs http://localhost:%d/q/swagger-ui)%n",
                    port, port);
        }
    }

    /** Loads, evaluates and summarises; answers the printable summary. */
    public String run() {
        long started = System.nanoTime();
        WorldLoader.Loaded loaded = loader.load(config.accounts(), config.seed(), config.days(), config.end());
        long loadedAt = System.nanoTime();
        WorldHistory.Replayed past = history.replay(config.accounts(), config.seed(), config.days(), config.end(),
                config.historyCheckpoints());
        loader.settleArr(config.accounts(), config.seed(), config.days(), config.end());
        long pastAt = System.nanoTime();
        String calibration = calibrate();
        long calibratedAt = System.nanoTime();
        BatchRunView run = evaluateAll();
        long evaluatedAt = System.nanoTime();
        int sealed = chain.sealAll();
        ChainVerifyView verified = chainVerifications.verify("headroom-world").result();
        long sealedAt = System.nanoTime();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.US, "Headroom — LocalizeVideos demo world: %d accounts, %d days to %s (seed %d)%n",
                loaded.accounts(), config.days(), config.end(), config.seed()));
        out.append(String.format(Locale.US, "Loaded in %.1f s: %,d observations stored, %,d already present, %d outcomes.%n",
                seconds(loadedAt - started), loaded.accepted(), loaded.duplicates(), loaded.outcomes()));
        out.append(history(past, seconds(pastAt - loadedAt)));
        out.append(String.format(Locale.US, "Calibrated in %.1f s: %s%n", seconds(calibratedAt - pastAt), calibration));
        out.append(String.format(Locale.US, "Evaluated %d accounts in %.1f s (batch run %s).%n%n", run.done(),
                seconds(evaluatedAt - calibratedAt), run.id()));
        out.append(summary(run));
        out.append(String.format(Locale.US, "Audit chain: %,d records sealed, %,d links verified in %.1f s: %s%n", sealed,
                verified.verified(), seconds(sealedAt - evaluatedAt), verified.ok()
                        ? "intact, head " + (verified.head() == null ? "-" : verified.head().seq() + " "
                        + verified.head().chainHash().substring(0, 16)) : "BROKEN at " + verified.firstBroken()));
        out.append(uplift());
        return out.toString();
    }

    /**
     * Fits a calibration on the world's recorded outcomes (asOf points from four weeks into its history, outcomes up to
     * its end) before evaluating; answers one line on what was fitted and whether it became active.
     */
    String calibrate() {
        Instant to = config.end();
        Instant from = to.minus(Duration.ofDays(config.days() - 28L));
        try {
            CalibrationView c = calibrations.fit(new CalibrationRequest(from, to, null), "headroom-world");
            return String.format(Locale.US, "%s on %,d points (%d expanded within 90 days), Brier %.4f, P = 1/(1+exp(-(%.3f"
                    + " + %.4f x score)))%s; %s", c.version(), c.n(), c.positives(), c.brier(),
                    c.parameters().get("intercept"), c.parameters().get("slope"),
                    c.timeToExpansion() == null || c.timeToExpansion().all() == null
                            || c.timeToExpansion().all().medianDays() == null ? ""
                            : String.format(Locale.US, ", median %.0f days from a first HIGH tier to expansion",
                                    c.timeToExpansion().all().medianDays()),
                    c.notes());
        } catch (ProblemException e) {
            return "none fitted (" + e.problem().detail() + ")";
        }
    }

    /** Starts a batch run over every account as of the world's end and works on it until it is finished. */
    BatchRunView evaluateAll() {
        return history.evaluateAt(config.end());
    }

    private String history(WorldHistory.Replayed past, double seconds) {
        long held = java.util.stream.IntStream.range(0, config.accounts())
                .mapToObj(i -> String.format("world-%05d", i + 1)).filter(holdout::isHeldOut).count();
        String when = past.checkpoints().stream().map(t -> t.toString().substring(0, 10))
                .collect(java.util.stream.Collectors.joining(", "));
        if (past.checkpoints().isEmpty()) {
            return "";
        }
        if (past.skipped() == past.checkpoints().size()) {
            return String.format(Locale.US, "History as of %s was already there (responses and events kept).%n", when);
        }
        return String.format(Locale.US, "History: decisions as of %s (%,d evaluations), then responses %s and %d "
                        + "commercial events they led to, in %.1f s; %d of %d accounts held out (share %.2f): "
                        + "evaluated, nothing delivered.%n", when, past.evaluations(), past.responses(), past.events(),
                seconds, held, config.accounts(), holdout.share());
    }

    /** One line of the uplift report over the world's year: expansion within 90 days of a first HIGH. */
    private String uplift() {
        java.time.LocalDate to = config.end().atOffset(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1);
        UpliftView u = reports.upliftByCohort(new ReportFilter(to.minusDays(config.days() + 1L), to, null, null, null,
                clock.instant()), "plan", 90);
        Proportions.Rate t = u.overall().treated();
        Proportions.Rate h = u.overall().holdout();
        if (t.rate() == null || h.rate() == null) {
            return "Uplift: not measurable yet (no treated or no held-out account reached HIGH with 90 days to watch).\n";
        }
        return String.format(Locale.US, "Uplift: %.0f%% of %d treated accounts expanded within 90 days of a first HIGH, "
                        + "%.0f%% of %d held out: %+.0f points (95%% CI %+.0f to %+.0f); GET /api/v1/reports/uplift-by-cohort%n",
                100 * t.rate(), t.trials(), 100 * h.rate(), h.trials(), 100 * u.overall().uplift().difference(),
                100 * u.overall().uplift().low(), 100 * u.overall().uplift().high());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    String summary(BatchRunView run) {
        StringBuilder out = new StringBuilder("Readiness tiers:\n");
        long total = Math.max(1, run.done());
        run.result().tiers().forEach((tier, n) -> out.append(String.format(Locale.US, "  %-7s %5d  (%.0f%%)%n", tier, n,
                100.0 * n / total)));
        List<Opportunity> opportunities = opportunities(run.id());
        double pipeline = opportunities.stream().mapToDouble(Opportunity::potentialArr).sum();
        double expected = opportunities.stream().mapToDouble(Opportunity::expectedValue).sum();
        out.append(String.format(Locale.US, "%nTop 10 opportunities by expected value (of %d accounts with an offer started):%n",
                opportunities.size()));
        opportunities.stream().limit(10).forEach(o -> out.append(String.format(Locale.US,
                "  %-26s %-10s %-6s %3d  %s via %s, +$%,.0f ARR, P(90d) %.0f%%, expected $%,.0f, %s%n      %s%n      %s%n",
                o.name(), o.plan(), o.tier(), o.score(), o.playbook(), o.channel(), o.potentialArr(),
                o.probability() * 100, o.expectedValue(), forecast(o.daysToExpansion(), o.forecastMethod()), o.basis(),
                o.reason())));
        out.append(String.format(Locale.US, "%nPipeline value: $%,.0f ARR across %d accounts, expected value $%,.0f "
                + "(probability x ARR delta; deltas from the plan catalog and add-on prices)%n", pipeline,
                opportunities.size(), expected));
        out.append(forecastSummary(run.id()));
        out.append(actionTotals(run)).append(String.format(Locale.US, "; suppressed by guardrails: %d%n",
                run.result().suppressed()));
        return out.toString();
    }

    private List<Opportunity> opportunities(UUID runId) {
        List<?> rows = em.createNativeQuery("""
                        select * from (
                        select e.account_id, a.name, a.plan, e.score, e.tier, x.playbook, x.channel, x.reason,
                               e.arr_delta, e.probability, e.expected_value, e.days_to_expansion, e.forecast_method,
                               e.decision -> 'revenuePotential' ->> 'basis' as basis
                          from evaluation e
                          join account a on a.id = e.account_id
                          join expansion_action x on x.evaluation_id = e.id
                         where e.batch_run_id = :run and x.playbook in (:offers) and not x.held_out) o
                         order by expected_value desc, score desc, account_id, playbook""")
                .setParameter("run", runId).setParameter("offers", OFFERS).getResultList();
        Map<String, Opportunity> best = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            best.putIfAbsent((String) r[0], new Opportunity((String) r[0], (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    ((Number) r[8]).doubleValue(), ((Number) r[9]).doubleValue(), ((Number) r[10]).doubleValue(),
                    r[11] == null ? null : ((Number) r[11]).intValue(), (String) r[12], (String) r[13]));
        }
        return new ArrayList<>(best.values());
    }

    /** Forecast methods over every account of the run, with the median days each gave, and the mean probability. */
    private String forecastSummary(UUID runId) {
        StringBuilder out = new StringBuilder("Forecast: ");
        List<?> rows = em.createNativeQuery("""
                        select forecast_method, count(*),
                               percentile_disc(0.5) within group (order by days_to_expansion),
                               avg(probability), sum(expected_value)
                          from evaluation where batch_run_id = :run
                         group by forecast_method order by count(*) desc""").setParameter("run", runId).getResultList();
        List<String> parts = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            parts.add(String.format(Locale.US, "%s %d accounts%s, mean P(90d) %.0f%%, expected $%,.0f", r[0],
                    ((Number) r[1]).longValue(), r[2] == null ? "" : String.format(Locale.US, " (median %d days)",
                            ((Number) r[2]).intValue()), ((Number) r[3]).doubleValue() * 100,
                    ((Number) r[4]).doubleValue()));
        }
        return out.append(String.join("; ", parts)).append('\n').toString();
    }

    private static String forecast(Integer days, String method) {
        return days == null ? "no time forecast" : "expansion in ~" + days + " days (" + method + ")";
    }

    /** Started actions per channel, apart from the held-out accounts' (recorded as would-have-acted, never delivered). */
    private static String actionTotals(BatchRunView run) {
        Map<String, Long> started = new LinkedHashMap<>();
        run.result().actions().forEach(a -> started.merge(a.channel(), a.count(), Long::sum));
        long heldOut = run.result().actions().stream().mapToLong(BatchRunView.ActionCount::heldOut).sum();
        return "Actions started: " + started + "; held out (would have acted, not delivered): " + heldOut;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

}
