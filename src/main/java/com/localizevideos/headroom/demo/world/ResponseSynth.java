package com.localizevideos.headroom.demo.world;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How a treated customer answers the actions of one decision, driven by the hidden propensity: the lead offer (the
 * biggest one started) is accepted, declined, deferred or ignored; an accepted offer becomes an EXPANSION event, a
 * human contact is followed by a satisfaction survey, and a pushed low-propensity account that declined may leave
 * (expansion-driven churn). In-product prompts get engagement and a "was this helpful" rating.
 */
final class ResponseSynth {
    /** Offers, biggest first: the first present is the one the customer really answers. */
    static final List<String> OFFERS_BY_SIZE = List.of("CONTRACT_EXPANSION", "CUSTOM_PLAN", "SALES_ASSISTED_UPSELL",
            "TIER_COMPARISON_INSIGHT");

    /** One action of the decision. */
    record Action(String id, String playbook, String channel) {
    }

    /** A response to record against an action. */
    record Response(String actionId, String response, Double arrDelta, Integer helpful, Instant respondedAt) {
    }

    /** Responses and the commercial events they led to. */
    record Result(List<Response> responses, List<WorldOutcome> events) {
    }

    private ResponseSynth() {
    }

    /**
     * {@code gone}: the account has churned by the decision. {@code arrSoFar}: its ARR after every event stored so far,
     * and {@code lastEventAt} the latest of them (null: none); a driven churn takes all of that ARR and happens only
     * after the account's last stored event, so that no event follows a churn.
     */
    static Result respond(Persona p, long seed, Instant asOf, List<Action> actions, boolean gone, double arrSoFar,
                          Instant lastEventAt, Instant now) {
        Random r = Seeds.random(seed, 4, (p.id() + "@" + asOf).hashCode());
        List<Response> responses = new ArrayList<>();
        List<WorldOutcome> events = new ArrayList<>();
        String lead = OFFERS_BY_SIZE.stream().filter(o -> actions.stream().anyMatch(a -> a.playbook().equals(o)))
                .findFirst().orElse(null);
        String day = asOf.toString().substring(0, 10);
        for (Action a : actions) {
            Instant at = min(asOf.plus(2 + r.nextInt(18), ChronoUnit.DAYS), now);
            boolean human = !"AUTOMATED".equals(a.channel());
            Integer helpful = human ? null : clamp((int) Math.round(1.5 + 3.5 * p.satisfaction() + r.nextGaussian() * 0.6));
            if (gone) {
                responses.add(new Response(a.id(), "NO_RESPONSE", null, null, at));
            } else if (a.playbook().equals(lead)) {
                double draw = r.nextDouble();
                double accept = p.churnDate() != null ? 0 : 0.08 + 0.55 * p.propensity();
                double decline = 0.12 + 0.3 * (1 - p.propensity());
                String response = draw < accept ? "ACCEPTED" : draw < accept + decline ? "DECLINED"
                        : draw < accept + decline + 0.1 ? "DEFERRED" : "NO_RESPONSE";
                Double delta = null;
                if (response.equals("ACCEPTED")) {
                    PlanSpec next = p.plan().next();
                    delta = next != null ? (next.monthlyPrice - p.plan().monthlyPrice) * 12 : Math.round(p.arr() * 0.15) * 1.0;
                    events.add(new WorldOutcome(p.id() + "-offer-" + day, p.id(), "EXPANSION",
                            dayOf(at.plus(1, ChronoUnit.DAYS)), delta, "accepted " + a.playbook()));
                }
                responses.add(new Response(a.id(), response, delta, helpful, at));
                Instant leaves = at.plus(20 + r.nextInt(50), ChronoUnit.DAYS);
                if (response.equals("DECLINED") && p.churnDate() == null && p.propensity() < 0.6 && r.nextDouble() < 0.5
                        && (lastEventAt == null || lastEventAt.isBefore(leaves)) && arrSoFar > 0) {
                    events.add(new WorldOutcome(p.id() + "-churn-after-" + day, p.id(), "CHURN", dayOf(leaves),
                            -arrSoFar, "left after a declined offer"));
                }
                if (human) {
                    double adjust = switch (response) {
                        case "ACCEPTED" -> 0.5;
                        case "DECLINED" -> -1.0;
                        default -> -0.3;
                    };
                    events.add(new WorldOutcome(p.id() + "-survey-" + day, p.id(), "CSAT", dayOf(at.plus(10, ChronoUnit.DAYS)),
                            null, "survey after " + a.playbook(),
                            clamp((int) Math.round(1 + 4 * p.satisfaction() + adjust))));
                }
            } else if (OFFERS_BY_SIZE.contains(a.playbook())) {
                responses.add(new Response(a.id(), "NO_RESPONSE", null, helpful, at));
            } else if (r.nextDouble() < 0.6) {
                boolean engaged = r.nextDouble() < 0.2 + 0.5 * p.engagement();
                responses.add(new Response(a.id(), engaged ? "ACCEPTED" : "NO_RESPONSE", null, helpful, at));
            }
        }
        return new Result(responses, events);
    }

    private static java.time.LocalDate dayOf(Instant t) {
        return t.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
