package com.localizevideos.headroom.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Scale;
import com.localizevideos.headroom.fact.Tier;

/**
 * Prices what the account's position points to, from the catalog: the next plan's price step when a limit is pressed
 * (minutes projected ≥ 90% of quota, API calls throttled, overage at least the step — then the upgrade is cheaper)
 * or readiness is HIGH; a contract expansion (15% of ARR) on the top plan; and add-ons: seats in use beyond the licence
 * (and beyond what the next plan includes), a language pack and API overage when no upgrade lifts those limits,
 * voice cloning and lip-sync when they were used in 30 days. No I/O.
 */
final class RevenuePotential {
    /** Share of ARR a contract expansion on the top plan is estimated at (no higher plan to price it from). */
    static final double CONTRACT_EXPANSION_SHARE = 0.15;

    private RevenuePotential() {
    }

    static List<RevenuePotentialView.Component> components(AccountSnapshot s, Tier tier, Catalog catalog,
                                                           Map<String, Double> prices) {
        List<RevenuePotentialView.Component> parts = new ArrayList<>();
        Catalog.PlanPrice plan = catalog.plans().get(s.getPlan());
        Optional<Catalog.PlanPrice> next = catalog.nextAfter(s.getPlan());
        if (plan != null) {
            prices.put("plan." + plan.code(), plan.monthlyPrice());
        }
        List<String> pressed = new ArrayList<>();
        if (s.getProjectedQuotaRatio() >= 0.9) {
            pressed.add(Scale.say("minutes projected at %.0f%% of quota", s.getProjectedQuotaRatio() * 100));
        }
        boolean throttled = s.getApiCalls7d() >= 100 && s.getThrottledShare7d() >= 0.02;
        if (throttled) {
            pressed.add(Scale.say("%.1f%% of API calls throttled in 7 days", s.getThrottledShare7d() * 100));
        }
        if (next.isPresent() && plan != null && s.getOverageUsdThisCycle() > 0
                && s.getOverageUsdThisCycle() >= next.get().monthlyPrice() - plan.monthlyPrice()) {
            pressed.add(Scale.say("overage of $%,.0f this cycle is more than the $%,.0f monthly step, so the upgrade is cheaper",
                    s.getOverageUsdThisCycle(), next.get().monthlyPrice() - plan.monthlyPrice()));
        }
        if (tier == Tier.HIGH) {
            pressed.add("readiness is HIGH");
        }
        boolean upgrade = plan != null && next.isPresent() && !pressed.isEmpty();
        if (upgrade) {
            Catalog.PlanPrice n = next.get();
            prices.put("plan." + n.code(), n.monthlyPrice());
            double step = n.monthlyPrice() - plan.monthlyPrice();
            parts.add(new RevenuePotentialView.Component("UPGRADE", step * 12, Scale.say(
                    "%s to %s: $%,.0f a month more ($%,.0f ARR); %s", plan.code(), n.code(), step, step * 12,
                    String.join(", ", pressed))));
        } else if (plan != null && next.isEmpty() && !pressed.isEmpty()) {
            double delta = Math.round(s.getArr() * CONTRACT_EXPANSION_SHARE);
            parts.add(new RevenuePotentialView.Component("CONTRACT_EXPANSION", delta, Scale.say(
                    "%s is the top plan: contract expansion estimated at 15%% of ARR $%,.0f; %s", plan.code(), s.getArr(),
                    String.join(", ", pressed))));
        }
        Integer seatsUsed = s.getSeatsUsed();
        int covered = upgrade ? Math.max(s.getSeatsLicensed(), next.get().seatsIncluded()) : s.getSeatsLicensed();
        if (seatsUsed != null && seatsUsed > covered) {
            int extra = seatsUsed - covered;
            double price = addOn(catalog, prices, "EXTRA_SEAT");
            parts.add(new RevenuePotentialView.Component("EXTRA_SEAT", extra * price * 12, Scale.say(
                    "%s in use beyond the %d %s, at $%,.0f a month each", Scale.count(extra, "seat"), covered,
                    upgrade ? "the next plan includes or the licence covers" : "licensed", price)));
        }
        if (!upgrade && s.getLanguagesLimit() > 0 && s.getLanguageSaturation() >= 0.8) {
            double price = addOn(catalog, prices, "LANGUAGE_PACK");
            parts.add(new RevenuePotentialView.Component("LANGUAGE_PACK", price * 12, Scale.say(
                    "%d of %d target languages used this cycle: one language pack at $%,.0f a month",
                    s.getLanguagesUsed(), s.getLanguagesLimit(), price)));
        }
        if (!upgrade && throttled) {
            double price = addOn(catalog, prices, "API_OVERAGE");
            parts.add(new RevenuePotentialView.Component("API_OVERAGE", price * 12, Scale.say(
                    "%.1f%% of API calls throttled in 7 days: API overage at $%,.0f a month",
                    s.getThrottledShare7d() * 100, price)));
        }
        for (String[] feature : new String[][] {{"voice_cloning", "VOICE_CLONING", "voice cloning"},
                {"lip_sync", "LIP_SYNC", "lip-sync"}}) {
            if (s.getAdvancedFeatures30d().contains(feature[0])) {
                double price = addOn(catalog, prices, feature[1]);
                parts.add(new RevenuePotentialView.Component(feature[1], price * 12, Scale.say(
                        "%s used in the last 30 days: the add-on at $%,.0f a month", feature[2], price)));
            }
        }
        return parts;
    }

    private static double addOn(Catalog catalog, Map<String, Double> prices, String code) {
        double price = catalog.addOnPrice(code);
        prices.put("addOn." + code, price);
        return price;
    }
}
