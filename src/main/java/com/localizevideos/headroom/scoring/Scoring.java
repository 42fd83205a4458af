package com.localizevideos.headroom.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.learning.Calibration;

/**
 * Score and Forecast after the rule session: probability from the calibration, revenue potential from the catalog,
 * time to expansion and likelihoods. A pure function of (snapshot, decision, calibration, catalog).
 */
public final class Scoring {
    /** Add-on codes that are cross-sells (the rest of the revenue parts are upsells). */
    private static final Set<String> ADD_ONS = Set.of("EXTRA_SEAT", "LANGUAGE_PACK", "VOICE_CLONING", "LIP_SYNC",
            "API_OVERAGE");

    private Scoring() {
    }

    public static ScoreForecast score(AccountSnapshot s, Decision d, Calibration calibration, Catalog catalog) {
        Tier tier = d.readiness().getTier() == null ? Tier.LOW : d.readiness().getTier();
        double probability = round(calibration.probability(d.readiness().getScore()), 4);
        Map<String, Double> prices = new TreeMap<>();
        List<RevenuePotentialView.Component> parts = RevenuePotential.components(s, tier, catalog, prices);
        double arrDelta = round(parts.stream().mapToDouble(RevenuePotentialView.Component::arrDelta).sum(), 2);
        String basis = parts.isEmpty() ? "no limit pressed, no add-on usage and readiness below HIGH: nothing to price yet"
                : parts.stream().map(RevenuePotentialView.Component::basis).collect(Collectors.joining("; "));
        RevenuePotentialView revenue = new RevenuePotentialView(arrDelta, round(probability * arrDelta, 2), basis, parts);

        Set<SignalCode> signals = d.signals().stream().map(Signal::getCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalCode.class)));
        Forecaster.Time time = Forecaster.time(s, tier, signals, calibration);
        List<ForecastView.CrossSell> crossSell = parts.stream().filter(p -> ADD_ONS.contains(p.source()))
                .map(p -> new ForecastView.CrossSell(p.source(), round(probability * pointer(s, p.source()), 4), p.basis()))
                .toList();
        ForecastView forecast = new ForecastView(time.days(), time.method(), time.reason(), probability, crossSell);
        ScoringInputs inputs = new ScoringInputs(calibration.version(), calibration.method(), calibration.parameters(),
                prices, time.group(), time.median());
        return new ScoreForecast(probability, calibration.version(), revenue, forecast, inputs);
    }

    /** The ARR delta (USD a year) the catalog prices for this snapshot were its readiness tier {@code tier}. */
    public static double arrDelta(AccountSnapshot s, Tier tier, Catalog catalog) {
        return round(RevenuePotential.components(s, tier, catalog, new TreeMap<>()).stream()
                .mapToDouble(RevenuePotentialView.Component::arrDelta).sum(), 2);
    }

    /** How strongly the usage points to an add-on, 0..1: full when used or over the limit, else the saturation. */
    static double pointer(AccountSnapshot s, String addOn) {
        return switch (addOn) {
            case "LANGUAGE_PACK" -> Math.min(1, s.getLanguageSaturation());
            case "API_OVERAGE" -> Math.min(1, s.getThrottledShare7d() / 0.10);
            default -> 1.0;
        };
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
