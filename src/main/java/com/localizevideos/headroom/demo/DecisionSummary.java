package com.localizevideos.headroom.demo;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.localizevideos.headroom.evaluation.EvaluationView;

/** Prints a decision as a few readable lines: tier, top signals, actions or suppressions, fired rules. */
final class DecisionSummary {

    private DecisionSummary() {
    }

    static String of(String name, EvaluationView e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.US, "%n%-22s %-6s score %3d  (%s)%n", name, e.readiness().tier(),
                e.readiness().score(), e.accountId()));
        List<EvaluationView.SignalView> signals = e.signals().stream()
                .sorted((a, b) -> Double.compare(b.strength(), a.strength())).limit(3).toList();
        out.append("  signals:    ").append(signals.isEmpty() ? "none" : signals.stream()
                .map(s -> String.format(Locale.US, "%s %.2f", s.code(), s.strength())).collect(Collectors.joining(", ")))
                .append('\n');
        signals.stream().limit(1).forEach(s -> out.append("              \"").append(s.evidence()).append("\"\n"));
        if (e.actions().isEmpty()) {
            out.append("  actions:    none\n");
        }
        e.actions().forEach(a -> out.append("  action:     ").append(a.playbook()).append(" via ").append(a.channel())
                .append("  (row ").append(a.rule()).append(")\n"));
        e.suppressed().forEach(s -> out.append("  suppressed: ").append(s.playbook()).append(" by ").append(s.guardrail())
                .append(": ").append(s.reason()).append('\n'));
        out.append("  fired:      ").append(e.firedRules().size()).append(" rules; audit /api/v1/audit/evaluations/")
                .append(e.id()).append('\n');
        return out.toString();
    }
}
