package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.localizevideos.headroom.fact.AccountSnapshot;

/** Totals of dimensioned metrics per window, turned into the snapshot's workflow, feature and market fields. */
final class DimensionTotals {
    static final Set<String> ADVANCED_FEATURES = Set.of("voice_cloning", "lip_sync", "glossary", "api", "brand_voice");
    static final List<String> MILESTONES =
            List.of("first_video", "first_language", "team_invited", "integration_connected", "glossary_created");

    private record Totals(double v28, double v30, double v90, long all) {
    }

    private final Map<String, Map<String, Totals>> byMetric = new TreeMap<>();

    void add(String metric, String dimension, double v28, double v30, double v90, long all) {
        byMetric.computeIfAbsent(metric, m -> new TreeMap<>()).put(dimension, new Totals(v28, v30, v90, all));
    }

    void applyTo(AccountSnapshot s) {
        metric("workflow_runs").entrySet().stream()
                .filter(e -> e.getValue().v28() > 0)
                .max(Comparator.comparingDouble((Map.Entry<String, Totals> e) -> e.getValue().v28())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .ifPresent(top -> {
                    s.setTopWorkflow(top.getKey());
                    s.setTopWorkflowRunsPerWeek(Math.round(top.getValue().v28() / 4 * 100) / 100.0);
                });
        s.setAdvancedFeatures30d(metric("feature_use").entrySet().stream()
                .filter(e -> ADVANCED_FEATURES.contains(e.getKey()) && e.getValue().v30() > 0)
                .map(Map.Entry::getKey).sorted().toList());
        Map<String, Totals> workarounds = metric("workaround");
        s.setWorkarounds30d((int) workarounds.values().stream().mapToDouble(Totals::v30).sum());
        s.setWorkaroundBreakdown(workarounds.entrySet().stream()
                .filter(e -> e.getValue().v30() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Totals> e) -> -e.getValue().v30())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> String.format(Locale.US, "%s x%.0f", e.getKey(), e.getValue().v30()))
                .collect(Collectors.joining(", ")));
        s.setOnboardingMilestones(MILESTONES.stream()
                .filter(m -> metric("onboarding").getOrDefault(m, new Totals(0, 0, 0, 0)).all() > 0).toList());
        List<String> markets = new ArrayList<>();
        metric("region_added").forEach((name, t) -> {
            if (t.v90() > 0) {
                markets.add("region " + name);
            }
        });
        metric("department_added").forEach((name, t) -> {
            if (t.v90() > 0) {
                markets.add("department " + name);
            }
        });
        s.setNewMarkets90d(markets);
        Map<String, Totals> compliance = metric("compliance_question");
        s.setComplianceTopics90d(compliance.entrySet().stream().filter(e -> e.getValue().v90() > 0)
                .map(Map.Entry::getKey).toList());
        s.setComplianceQuestions90d((int) compliance.values().stream().mapToDouble(Totals::v90).sum());
    }

    private Map<String, Totals> metric(String metric) {
        return byMetric.getOrDefault(metric, Map.of());
    }
}
