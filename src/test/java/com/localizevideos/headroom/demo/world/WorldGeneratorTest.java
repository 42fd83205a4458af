package com.localizevideos.headroom.demo.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The generator is deterministic and produces the behaviours the signal catalog looks for. */
class WorldGeneratorTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    private static final LocalDate START = END.minusDays(365);

    private static List<WorldObservation> usage(long seed, int index) {
        Persona p = PersonaFactory.create(seed, index, START, END);
        return new UsageSynth(p, seed, START, END).generate();
    }

    @Test
    void sameSeedGivesTheSameWorld() {
        assertEquals(usage(7, 3), usage(7, 3));
        assertEquals(PersonaFactory.create(7, 3, START, END), PersonaFactory.create(7, 3, START, END));
        assertNotEquals(usage(7, 3), usage(8, 3));
    }

    @Test
    void everyObservationLiesInsideTheHistoryWithAUniqueId() {
        List<WorldObservation> all = IntStream.range(0, 40).boxed().flatMap(i -> usage(11, i).stream()).toList();
        assertEquals(all.size(), all.stream().map(WorldObservation::id).distinct().count());
        assertTrue(all.stream().allMatch(o -> !o.observedAt().isBefore(START.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
                && o.observedAt().isBefore(END.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
    }

    @Test
    void planMixCoversAllFourPlans() {
        Map<PlanSpec, Long> plans = IntStream.range(0, 500).mapToObj(i -> PersonaFactory.create(20261130, i, START, END))
                .collect(Collectors.groupingBy(Persona::plan, Collectors.counting()));
        assertEquals(Set.of(PlanSpec.values()), plans.keySet());
        assertTrue(plans.get(PlanSpec.ENTERPRISE) >= 20, plans.toString());
    }

    @Test
    void theWorldUsesTheWholeMetricVocabulary() {
        Set<String> metrics = IntStream.range(0, 80).boxed().flatMap(i -> usage(20261130, i).stream())
                .map(WorldObservation::metric).collect(Collectors.toSet());
        assertEquals(Set.of("video_minutes", "languages_used", "seats_used", "active_users", "workflow_runs",
                "feature_use", "workaround", "api_calls", "api_throttled", "storage_gb", "render_hours", "onboarding",
                "ticket_opened", "ticket_resolved", "csat", "help_center_view", "self_service_action", "users_invited",
                "department_added", "region_added", "compliance_question", "overage_usd"), metrics);
    }

    @Test
    void outcomesFollowTheHiddenPropensity() {
        Map<String, Double> propensityByKind = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            Persona p = PersonaFactory.create(20261130, i, START, END);
            for (WorldOutcome o : OutcomeSynth.of(p, 20261130, START, END)) {
                propensityByKind.merge(o.kind(), p.propensity(), Double::sum);
                counts.merge(o.kind(), 1, Integer::sum);
                assertTrue(!o.date().isBefore(START) && o.date().isBefore(END), o.toString());
            }
        }
        assertTrue(counts.get("EXPANSION") > 50, counts.toString());
        assertTrue(counts.get("CHURN") > 5, counts.toString());
        double expanding = propensityByKind.get("EXPANSION") / counts.get("EXPANSION");
        double churning = propensityByKind.get("CHURN") / counts.get("CHURN");
        assertTrue(expanding > 0.6 && churning < 0.15, "expansion " + expanding + ", churn " + churning);
    }
}
