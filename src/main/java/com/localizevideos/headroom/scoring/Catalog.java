package com.localizevideos.headroom.scoring;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** The plan catalog and add-on prices (tables {@code plan} and {@code add_on}), as one immutable value. */
public record Catalog(Map<String, PlanPrice> plans, Map<String, AddOnPrice> addOns) {

    /** A plan's monthly price and the limits an upgrade lifts. */
    public record PlanPrice(String code, double monthlyPrice, int minutesQuota, int languagesLimit, int seatsIncluded,
                            int apiRequestsPerMinute) {
    }

    /** An add-on's monthly price and what one unit buys. */
    public record AddOnPrice(String code, String name, double monthlyPrice, String unit) {
    }

    /** The next plan up by price, if any. */
    public Optional<PlanPrice> nextAfter(String plan) {
        PlanPrice current = plans.get(plan);
        if (current == null) {
            return Optional.empty();
        }
        return plans.values().stream().filter(p -> p.monthlyPrice() > current.monthlyPrice())
                .min(Comparator.comparingDouble(PlanPrice::monthlyPrice));
    }

    public double addOnPrice(String code) {
        AddOnPrice a = addOns.get(code);
        if (a == null) {
            throw new IllegalStateException("add-on " + code + " is not in the catalog (table add_on)");
        }
        return a.monthlyPrice();
    }
}
