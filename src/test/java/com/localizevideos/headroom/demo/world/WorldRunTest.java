package com.localizevideos.headroom.demo.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.fact.SignalCode;
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
            return Map.of("headroom.api.max-batch-size", "5000", "headroom.batch.chunk-size", "100");
        }
    }

    @Inject
    WorldRun world;

    @Inject
    EntityManager em;

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
    }
}
