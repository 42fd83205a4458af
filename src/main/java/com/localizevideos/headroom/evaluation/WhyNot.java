package com.localizevideos.headroom.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.localizevideos.headroom.evaluation.EvaluationView.WhyNotView;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Suppression;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.RuleTableData;

/**
 * Why-not: for each playbook neither started nor suppressed, the nearest unmet condition of the playbook table, read
 * from the table's rows (tier, signals needed, signals that rule it out) and the tier bands of the readiness table.
 * The nearest row is the one with the fewest unmet conditions, then the smallest score gap to its tier.
 */
final class WhyNot {
    static final String PLAYBOOKS = "Playbooks";
    static final String TIERS = "ReadinessTiers";

    private WhyNot() {
    }

    /** One row's unmet conditions and how far the account's score is from the row's tier. */
    private record Miss(RuleTableData.Row row, List<String> unmet, int scoreGap) {
    }

    static List<WhyNotView> explain(Optional<RuleTableData> playbooks, Optional<RuleTableData> tiers, Decision d) {
        if (playbooks.isEmpty()) {
            return List.of();
        }
        RuleTableData table = playbooks.get();
        String tierColumn = table.columnWithCode("Tier.$param").orElse(null);
        String needsColumn = table.columnWithCode("exists Signal").orElse(null);
        String unlessColumn = table.columnWithCode("not Signal").orElse(null);
        String playbookColumn = table.columnWithCode("Playbook.$param").orElse(null);
        Set<Playbook> decided = EnumSet.noneOf(Playbook.class);
        d.actions().stream().map(ProposedAction::getPlaybook).forEach(decided::add);
        d.suppressed().stream().map(Suppression::getPlaybook).forEach(decided::add);
        Set<SignalCode> seen = EnumSet.noneOf(SignalCode.class);
        d.signals().stream().map(Signal::getCode).forEach(seen::add);
        List<WhyNotView> out = new ArrayList<>();
        for (Playbook p : Playbook.values()) {
            if (decided.contains(p)) {
                continue;
            }
            List<Miss> misses = new ArrayList<>();
            for (RuleTableData.Row row : table.rows()) {
                if (p.name().equals(row.cell(playbookColumn))) {
                    misses.add(miss(row, row.cell(tierColumn), row.cell(needsColumn), row.cell(unlessColumn), seen, d,
                            tiers));
                }
            }
            Optional<Miss> nearest = misses.stream().filter(m -> !m.unmet().isEmpty())
                    .min(Comparator.comparingInt((Miss m) -> m.unmet().size()).thenComparingInt(Miss::scoreGap));
            if (misses.isEmpty()) {
                out.add(new WhyNotView(p.name(), "No row of the playbook table starts " + p, null));
            } else if (nearest.isPresent()) {
                out.add(new WhyNotView(p.name(), String.join("; and ", nearest.get().unmet()), nearest.get().row().rule()));
            }
        }
        return out;
    }

    private static Miss miss(RuleTableData.Row row, String tierCell, String needsCell, String unlessCell,
                             Set<SignalCode> seen, Decision d, Optional<RuleTableData> tiers) {
        List<String> unmet = new ArrayList<>();
        Readiness r = d.readiness();
        int gap = 0;
        if (tierCell != null && r.getTier() != null && !tierCell.equals(r.getTier().name())) {
            Tier wanted = Tier.valueOf(tierCell);
            if (r.getTier().isBelow(wanted)) {
                Integer from = tierFloor(tiers, wanted);
                gap = from == null ? 100 : Math.max(0, from - r.getScore());
                unmet.add(from == null ? wanted + " readiness needed; this account is " + r.getTier() + " (score " + r.getScore() + ")"
                        : wanted + " needs a score of " + from + "; this account has " + r.getScore() + headroom(d));
            } else {
                gap = 100;
                unmet.add("it is for " + wanted + " readiness; this account is " + r.getTier() + " (score " + r.getScore() + ")");
            }
        }
        List<SignalCode> needs = codes(needsCell);
        if (!needs.isEmpty() && needs.stream().noneMatch(seen::contains)) {
            unmet.add(needs.size() == 1 ? "needs the signal " + words(needs.get(0)) + ", not seen"
                    : "needs one of the signals " + needs.stream().map(WhyNot::words).collect(Collectors.joining(", "))
                            + "; none seen");
        }
        List<SignalCode> blocking = codes(unlessCell).stream().filter(seen::contains).toList();
        if (!blocking.isEmpty()) {
            unmet.add("not while " + blocking.stream().map(WhyNot::words).collect(Collectors.joining(", "))
                    + (blocking.size() == 1 ? " is" : " are") + " seen");
        }
        return new Miss(row, unmet, gap);
    }

    /** " — capacity pressure 12 of 30": the factor with the most points still to gain. */
    private static String headroom(Decision d) {
        return d.factors().stream()
                .max(Comparator.comparingInt((FactorScore f) -> f.getWeight() - f.getPoints())
                        .thenComparing(f -> f.getFactor().name(), Comparator.reverseOrder()))
                .filter(f -> f.getWeight() > f.getPoints())
                .map(f -> " — " + f.getFactor().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + f.getPoints()
                        + " of " + f.getWeight())
                .orElse("");
    }

    /** The lowest score of the tier's band in the readiness table ("score >= $param"), or null. */
    private static Integer tierFloor(Optional<RuleTableData> tiers, Tier tier) {
        if (tiers.isEmpty()) {
            return null;
        }
        RuleTableData t = tiers.get();
        String from = t.columnWithCode("score >= $param").orElse(null);
        String name = t.columnWithCode("Tier.$param").orElse(null);
        return t.rows().stream().filter(row -> tier.name().equals(row.cell(name))).map(row -> row.cell(from))
                .filter(v -> v != null && v.matches("\\d+")).map(Integer::valueOf).min(Integer::compare).orElse(null);
    }

    private static List<SignalCode> codes(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::trim).filter(c -> !c.isEmpty()).map(SignalCode::valueOf).toList();
    }

    /** "approaching quota" for APPROACHING_QUOTA. */
    static String words(SignalCode code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
