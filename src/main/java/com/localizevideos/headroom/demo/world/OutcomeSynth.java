package com.localizevideos.headroom.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realised outcomes driven by the hidden propensity: likely growers expand (next plan's price step, or seats),
 * unlikely ones contract or churn. Dated inside the world's history.
 */
final class OutcomeSynth {

    private OutcomeSynth() {
    }

    static List<WorldOutcome> of(Persona p, long seed, LocalDate start, LocalDate end) {
        Random r = Seeds.random(seed, 3, p.id().hashCode());
        List<WorldOutcome> outcomes = new ArrayList<>();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        if (p.churnDate() != null) {
            outcomes.add(new WorldOutcome(p.id() + "-churn", p.id(), "CHURN", p.churnDate(), -p.arr(), "usage faded"));
            return outcomes;
        }
        if (r.nextDouble() < p.propensity() * p.propensity() * 0.9) {
            LocalDate date = start.plusDays(days / 3 + r.nextInt((int) (days * 2 / 3)));
            PlanSpec next = p.plan().next();
            double delta = next != null ? (next.monthlyPrice - p.plan().monthlyPrice) * 12
                    : Math.round(p.arr() * (0.1 + 0.2 * r.nextDouble()));
            String detail = next != null ? "upgrade " + p.plan() + " to " + next : "seats and add-ons";
            outcomes.add(new WorldOutcome(p.id() + "-expansion", p.id(), "EXPANSION", date, delta, detail));
        } else if (p.propensity() < 0.3 && r.nextDouble() < 0.25) {
            LocalDate date = start.plusDays(r.nextInt((int) days));
            outcomes.add(new WorldOutcome(p.id() + "-contraction", p.id(), "CONTRACTION", date,
                    -Math.round(p.arr() * (0.1 + 0.2 * r.nextDouble())), "fewer seats"));
        }
        return outcomes;
    }
}
