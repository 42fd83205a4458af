package com.localizevideos.headroom.demo.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.report.ChurnImpactView;
import com.localizevideos.headroom.report.ConversionByRuleView;
import com.localizevideos.headroom.report.GrowthEfficiencyView;
import com.localizevideos.headroom.report.NrrView;
import com.localizevideos.headroom.report.ReportFilter;
import com.localizevideos.headroom.report.ReportService;
import com.localizevideos.headroom.report.TimeToExpansionView;
import com.localizevideos.headroom.report.UpliftView;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The main job on the full 500-account world: every signal fires for some accounts and not for others. */
@QuarkusTest
@TestProfile(WorldRunTest.FullWorld.class)
class WorldRunTest {

    /** The default world with the production batch limit, so loading takes hundreds of calls, not thousands. */
    public static class FullWorld implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("headroom.api.max-batch-size", "5000", "headroom.batch.chunk-size", "100",
                    "headroom.holdout.share", "0.20");
        }
    }

    @Inject
    WorldRun world;

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Test
    void mainJobEvaluatesTheWholeWorldAndEverySignalDiscriminates() {
        String summary = world.run();

        assertTrue(summary.contains("500 accounts"), summary);
        assertTrue(summary.contains("Evaluated 500 accounts"), summary);
        assertTrue(summary.contains("Top 10 opportunities"), summary);
        assertTrue(summary.matches("(?s).*Pipeline value: \\$[1-9][0-9,]* ARR across [0-9]+ accounts, expected value \\$[1-9].*"),
                summary);
        assertTrue(summary.matches("(?s).*Calibrated in [0-9.]+ s: platt-[0-9]{8}-[0-9]{6}-[0-9a-f]{8} on [0-9,]+ points.*"),
                summary);
        assertTrue(summary.contains("P(90d)") && summary.contains("Forecast: "), summary);
        // the held-out accounts' would-have-acted actions are counted apart from those started for real
        assertTrue(summary.matches("(?s).*Actions started: \\{[A-Z_]+=[0-9]+.*\\}; held out \\(would have acted, not delivered\\): [1-9][0-9]*; suppressed.*"),
                summary);
        List<?> scored = em.createNativeQuery("""
                select count(*) filter (where calibration_version is not null and probability between 0 and 1
                                          and arr_delta is not null and forecast_method is not null),
                       count(*) filter (where forecast_method = 'CAPACITY_RUNWAY'),
                       count(*) filter (where forecast_method = 'NONE' and days_to_expansion is null)
                  from evaluation
                 where batch_run_id = (select batch_run_id from evaluation where account_id = 'world-00001'
                                        order by created_at desc limit 1)""").getResultList();
        Object[] counts = (Object[]) scored.get(0);
        assertEquals(500L, ((Number) counts[0]).longValue(), "every world evaluation has probability, revenue and forecast");
        assertTrue(((Number) counts[1]).longValue() > 0 && ((Number) counts[2]).longValue() > 0, Arrays.toString(counts));
        assertTrue(summary.matches("(?s).*Pipeline value: \\$[1-9][0-9,]* ARR.*"), summary);
        // The batch run's evaluations are sealed into the audit hash chain before the summary, and it verifies.
        assertTrue(summary.matches("(?s).*Audit chain: [0-9,]+ records sealed, [0-9,]+ links verified in .*: intact, head .*"),
                summary);
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from evaluation e where e.account_id like 'world-%'"
                + " and not exists (select 1 from audit_chain c where c.kind = 'EVALUATION' and c.record_id = e.id::text)")
                .getSingleResult()).longValue());
        List<?> rows = em.createNativeQuery("""
                select s ->> 'code', count(distinct e.account_id)
                  from evaluation e cross join jsonb_array_elements(e.decision -> 'signals') s
                 where e.account_id like 'world-%'
                 group by 1""").getResultList();
        Map<String, Long> accountsBySignal = rows.stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        for (SignalCode code : SignalCode.values()) {
            long accounts = accountsBySignal.getOrDefault(code.name(), 0L);
            assertTrue(accounts > 0 && accounts < 500, code + " fired for " + accounts + " of 500 accounts");
        }
        assertEquals(SignalCode.values().length, Arrays.stream(SignalCode.values())
                .filter(c -> accountsBySignal.containsKey(c.name())).count());
        List<?> tiers = em.createNativeQuery("select distinct tier from evaluation where account_id like 'world-%'")
                .getResultList();
        assertEquals(3, tiers.size(), tiers.toString());
        everyReportHasNumbers(summary);
    }

    /** After the main job every report answers with non-trivial numbers over the world's year. */
    private void everyReportHasNumbers(String summary) {
        assertTrue(summary.contains("History: decisions as of 2026-03-05, 2026-06-03, 2026-09-01"), summary);
        assertTrue(summary.matches("(?s).*accounts held out \\(share 0.20\\).*"), summary);
        assertTrue(summary.contains("Uplift: "), summary);
        ReportFilter year = new ReportFilter(LocalDate.parse("2025-11-30"), LocalDate.parse("2026-12-01"), null, null,
                null, Instant.now());
        ConversionByRuleView byRule = reports.conversionByRule(year, null);
        long accepted = byRule.rules().stream().mapToLong(ConversionByRuleView.RuleRow::accepted).sum();
        long declined = byRule.rules().stream().mapToLong(ConversionByRuleView.RuleRow::declined).sum();
        long heldOut = byRule.rules().stream().mapToLong(ConversionByRuleView.RuleRow::heldOutActions).sum();
        assertTrue(accepted > 20 && declined > 10 && heldOut > 50, accepted + " accepted, " + declined + " declined, "
                + heldOut + " held-out actions");
        assertTrue(reports.conversionBySignal(year).signals().stream().filter(r -> r.accepted() > 0).count() >= 5);
        TimeToExpansionView tte = reports.timeToExpansion(year);
        assertTrue(tte.all().expansions() > 10 && tte.treated().subjects() > 0 && tte.holdout().subjects() > 0,
                tte.all().toString());
        UpliftView uplift = reports.upliftByCohort(year, "plan", 90);
        assertTrue(uplift.overall().treated().trials() > 30 && uplift.overall().holdout().trials() > 8,
                uplift.overall().toString());
        assertTrue(uplift.overall().uplift().low() < uplift.overall().uplift().difference()
                && uplift.overall().uplift().difference() < uplift.overall().uplift().high());
        ChurnImpactView churn = reports.churnImpact(year);
        assertTrue(churn.treated().accounts() > 30 && churn.holdout().accounts() > 3
                && churn.treated().churn().successes() > 0 && churn.treated().meanCsat() != null, churn.toString());
        NrrView nrr = reports.nrr(year, "holdout");
        assertEquals(13, nrr.months().size());
        assertTrue(nrr.months().stream().allMatch(m -> m.nrr() != null && m.startArr().signum() > 0));
        assertTrue(nrr.months().stream().anyMatch(m -> m.expansion().signum() > 0 && m.churn().signum() < 0));
        assertEquals(2, nrr.cohorts().size());
        GrowthEfficiencyView growth = reports.growthEfficiency(year);
        assertTrue(growth.humanContacts() > 50 && growth.expansionArrPerHumanContact().signum() > 0
                && growth.acceptedHumanContacts() > 0, growth.toString());
    }
}
