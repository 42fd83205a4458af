package com.localizevideos.headroom.demo.world;

import java.time.LocalDate;
import java.util.Random;

/** Draws customers from a seed: plan mix, size, habits and the hidden propensity to grow. */
final class PersonaFactory {
    private static final String[] REGIONS = {"NA", "EMEA", "APAC", "LATAM"};
    private static final String[] WORKFLOWS = {"batch_localisation", "api_jobs", "podcast_dubbing", "course_subtitles"};
    private static final String[] PREFIX = {"Aurora", "Blue", "Cedar", "Delta", "Echo", "Fable", "Granite", "Harbor",
        "Iris", "Juniper", "Kite", "Lumen", "Maple", "Nimbus", "Orbit", "Pixel", "Quartz", "Raven", "Summit", "Tidal"};
    private static final String[] SUFFIX = {"Media", "Studios", "Learning", "Films", "Labs", "Games", "Health",
        "Retail", "Academy", "Broadcast"};

    private PersonaFactory() {
    }

    static Persona create(long seed, int index, LocalDate worldStart, LocalDate worldEnd) {
        Random r = Seeds.random(seed, 1, index);
        double propensity = r.nextDouble();
        double pick = r.nextDouble();
        PlanSpec plan = pick < 0.33 ? PlanSpec.STARTER : pick < 0.68 ? PlanSpec.PRO : pick < 0.91 ? PlanSpec.BUSINESS
                : PlanSpec.ENTERPRISE;
        int seats = Math.max(1, (int) Math.round(plan.seats * (0.6 + 0.6 * r.nextDouble())));
        double arr = plan.monthlyPrice * 12 + Math.max(0, seats - plan.seats) * 25 * 12;
        if (plan == PlanSpec.ENTERPRISE) {
            arr = Math.round(36_000 + r.nextDouble() * 114_000);
        }
        String region = REGIONS[r.nextInt(REGIONS.length)];
        String segment = switch (plan) {
            case STARTER -> r.nextDouble() < 0.3 ? "nonprofit" : "smb";
            case PRO -> r.nextDouble() < 0.2 ? "education" : "smb";
            case BUSINESS -> "mid-market";
            case ENTERPRISE -> "enterprise";
        };
        boolean strategic = plan == PlanSpec.ENTERPRISE ? r.nextDouble() < 0.4 : plan == PlanSpec.BUSINESS && r.nextDouble() < 0.05;
        LocalDate cycleStart = worldStart.plusDays(r.nextInt(28));
        LocalDate renewal = worldEnd.plusDays(1 + r.nextInt(365));
        double growth = (propensity - 0.4) * 0.11 + r.nextGaussian() * 0.01;
        if (plan.ordinal() <= PlanSpec.PRO.ordinal() && propensity > 0.7 && r.nextDouble() < 0.3) {
            growth += 0.12; // outgrowing a small plan: overage soon costs more than the next plan
        }
        String name = PREFIX[r.nextInt(PREFIX.length)] + " " + SUFFIX[r.nextInt(SUFFIX.length)] + " " + (index + 1);
        LocalDate churn = propensity < 0.12 && r.nextDouble() < 0.5
                ? worldEnd.minusDays(10 + r.nextInt(150)) : null;
        return new Persona(String.format("world-%05d", index + 1), name, plan, seats, arr, region, segment, strategic,
                r.nextDouble() < 0.03, r.nextDouble() < 0.03, "csm." + region.toLowerCase(), cycleStart, renewal,
                1 + r.nextInt(12), propensity, 0.2 + 0.45 * r.nextDouble(), growth, 0.25 + 0.7 * r.nextDouble(),
                plan != PlanSpec.STARTER && r.nextDouble() < 0.3 + 0.4 * propensity,
                WORKFLOWS[r.nextInt(WORKFLOWS.length)], 0.35 + 0.4 * r.nextDouble(), (propensity - 0.3) * 0.07,
                0.1 + 0.3 * r.nextDouble(), (propensity - 0.25) * 0.15, 0.01 + 0.05 * r.nextDouble(),
                r.nextDouble() < 0.35 ? 0.7 : 0.0, 0.5 + 0.5 * r.nextDouble(), r.nextDouble(), churn);
    }
}
