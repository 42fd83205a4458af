package com.localizevideos.headroom.demo.world;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Daily usage of one persona over the world's history: minutes with growth, weekly rhythm and noise; seats, languages,
 * storage; API calls and throttling near limits; workflows, advanced features, workarounds, onboarding, tickets with
 * severities and CSAT, self-service, invitations, new markets and compliance questions. Deterministic per persona.
 */
final class UsageSynth {
    private static final String[] FEATURES = {"voice_cloning", "lip_sync", "glossary", "api", "brand_voice"};
    private static final String[] MILESTONES =
        {"first_video", "first_language", "team_invited", "integration_connected", "glossary_created"};
    private static final String[] TOPICS = {"sso", "soc2", "dpa", "data_residency"};
    private static final String[] REGIONS = {"DACH", "Nordics", "LATAM", "Japan", "MENA"};
    private static final String[] DEPARTMENTS = {"Legal", "HR", "Marketing", "Support", "Training"};

    private final Persona p;
    private final Random r;
    private final LocalDate start;
    private final LocalDate end;
    private final List<WorldObservation> out = new ArrayList<>();
    private int seq;

    UsageSynth(Persona persona, long seed, LocalDate start, LocalDate end) {
        this.p = persona;
        this.r = Seeds.random(seed, 2, persona.id().hashCode());
        this.start = start;
        this.end = end;
    }

    List<WorldObservation> generate() {
        PlanSpec plan = p.plan();
        long days = ChronoUnit.DAYS.between(start, end);
        boolean[] adopted = new boolean[FEATURES.length];
        long[] adoptionDay = new long[FEATURES.length];
        for (int f = 0; f < FEATURES.length; f++) {
            adoptionDay[f] = r.nextDouble() < 0.15 + 0.55 * p.propensity() ? r.nextInt((int) days) : Long.MAX_VALUE;
        }
        double cycleMinutes = 0;
        LocalDate cycleStart = p.billingCycleStart();
        double ticketsOpenSevere = 0;
        int lastSeats = -1;
        long marketDay = r.nextDouble() < 0.15 + 0.35 * p.propensity() ? days - 1 - r.nextInt(120) : -1;
        long inviteBurstDay = p.propensity() > 0.6 && r.nextDouble() < 0.5 ? days - 1 - r.nextInt(80) : -1;
        boolean complianceMinded = (plan == PlanSpec.BUSINESS || plan == PlanSpec.ENTERPRISE)
                && r.nextDouble() < 0.2 + 0.5 * p.propensity();
        for (long t = 0; t < days; t++) {
            LocalDate day = start.plusDays(t);
            if (p.churnDate() != null && !day.isBefore(p.churnDate())) {
                break;
            }
            if (!day.isBefore(cycleStart.plusMonths(1))) {
                cycleStart = cycleStart.plusMonths(1);
                cycleMinutes = 0;
            }
            double months = t / 30.0;
            double churnFade = p.churnDate() == null ? 1
                    : Math.max(0.1, Math.min(1, ChronoUnit.DAYS.between(day, p.churnDate()) / 90.0));
            double utilisation = p.utilisation0() * Math.pow(1 + p.monthlyGrowth(), months) * churnFade;
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double rhythm = weekend ? 0.35 : 1.25;

            double minutes = Math.max(0, utilisation * plan.minutes / 30 * rhythm * (1 + 0.2 * r.nextGaussian()));
            emit(day, 10, "video_minutes", null, round(minutes));
            double over = Math.max(0, cycleMinutes + minutes - plan.minutes) - Math.max(0, cycleMinutes - plan.minutes);
            cycleMinutes += minutes;
            if (over > 0) {
                emit(day, 23, "overage_usd", null, round(over * plan.overagePerMinute));
            }
            emit(day, 22, "render_hours", null, round(minutes * 0.02));

            int seats = (int) Math.max(1, Math.min(p.seatsLicensed(),
                    Math.round(p.seatsLicensed() * p.seatShare0() * Math.pow(1 + p.seatGrowth(), months))));
            boolean active = r.nextDouble() < p.engagement() * (weekend ? 0.3 : 1) * churnFade;
            if (active) {
                emit(day, 9, "active_users", null, Math.max(1, Math.round(seats * (0.3 + 0.4 * r.nextDouble()))));
            }
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                emit(day, 8, "seats_used", null, seats);
                int languages = (int) Math.max(1, Math.min(plan.languages,
                        Math.round(Math.min(plan.languages, 40) * Math.min(1.0, 0.15 + 0.75 * utilisation))));
                emit(day, 8, "languages_used", null, languages);
                double storage = plan.storageGb * p.storageShare0() * Math.pow(1 + p.storageGrowth(), months);
                emit(day, 8, "storage_gb", null, round(storage));
                if (lastSeats >= 0 && seats > lastSeats) {
                    emit(day, 11, "users_invited", null, seats - lastSeats + (r.nextDouble() < 0.3 ? 1 : 0));
                }
                lastSeats = seats;
            }
            if (p.apiUser() && !weekend) {
                double calls = Math.round(plan.apiPerMinute * 60 * 6 * Math.min(1.5, utilisation) * (0.8 + 0.4 * r.nextDouble()));
                double throttled = Math.round(calls * Math.max(0, (utilisation - 0.85) * 0.12));
                emit(day, 12, "api_calls", null, calls);
                if (throttled > 0) {
                    emit(day, 12, "api_throttled", null, throttled);
                    if (r.nextDouble() < 0.4) {
                        emit(day, 13, "workaround", "retry_after_throttle", 1 + r.nextInt(3));
                    }
                }
            }
            if (plan != PlanSpec.STARTER && !weekend) {
                double runs = utilisation * (p.apiUser() ? 9 : 3) * (0.5 + p.propensity()) * (0.7 + 0.6 * r.nextDouble());
                if (runs >= 0.5) {
                    emit(day, 14, "workflow_runs", p.workflow(), Math.round(runs));
                }
            }
            if (utilisation > 0.9 && r.nextDouble() < 0.25) {
                emit(day, 15, "workaround", r.nextBoolean() ? "split_upload" : "manual_reimport", 1);
            }
            for (int f = 0; f < FEATURES.length; f++) {
                if (t >= adoptionDay[f] && r.nextDouble() < 0.3) {
                    emit(day, 16, "feature_use", FEATURES[f], 1 + r.nextInt(4));
                    adopted[f] = true;
                }
            }
            if (t < 90) {
                int m = (int) (t / 12);
                if (m < MILESTONES.length && t % 12 == 3 && r.nextDouble() < 0.45 + 0.5 * p.engagement()) {
                    emit(day, 17, "onboarding", MILESTONES[m], 1);
                }
            }
            double ticketRate = p.ticketRate() * (1 - p.ticketTrend() * t / days) * Math.max(1, seats / 10.0);
            if (r.nextDouble() < ticketRate) {
                double sev = r.nextDouble();
                String severity = sev < 0.03 ? "sev1" : sev < 0.15 ? "sev2" : sev < 0.6 ? "sev3" : "sev4";
                emit(day, 18, "ticket_opened", severity, 1);
                long resolveIn = 1 + r.nextInt(5);
                if (t + resolveIn < days) {
                    LocalDate solved = day.plusDays(resolveIn);
                    emit(solved, 19, "ticket_resolved", severity, 1);
                    if (r.nextDouble() < 0.6) {
                        emit(solved, 20, "csat", null,
                                Math.max(1, Math.min(5, Math.round(1 + 4 * p.satisfaction() + r.nextGaussian() * 0.7))));
                    }
                }
            }
            if (r.nextDouble() < 0.15 * p.selfService()) {
                emit(day, 16, "help_center_view", null, 1 + r.nextInt(3));
            }
            if (r.nextDouble() < 0.1 * p.selfService()) {
                emit(day, 16, "self_service_action", null, 1 + r.nextInt(2));
            }
            if (t == inviteBurstDay) {
                emit(day, 11, "users_invited", null, Math.max(3, Math.round(p.seatsLicensed() * (0.25 + 0.35 * r.nextDouble()))));
            }
            if (t == marketDay) {
                if (r.nextBoolean()) {
                    emit(day, 11, "region_added", REGIONS[r.nextInt(REGIONS.length)], 1);
                } else {
                    emit(day, 11, "department_added", DEPARTMENTS[r.nextInt(DEPARTMENTS.length)], 1);
                }
            }
            if (complianceMinded && t > days - 90 && r.nextDouble() < 0.04) {
                emit(day, 13, "compliance_question", TOPICS[r.nextInt(TOPICS.length)], 1);
            }
        }
        return out;
    }

    private void emit(LocalDate day, int hour, String metric, String dimension, double value) {
        if (!day.isBefore(end)) {
            return;
        }
        seq++;
        out.add(new WorldObservation(p.id() + "-" + seq, p.id(), metric, dimension, value,
                day.atTime(hour, 0).toInstant(ZoneOffset.UTC)));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
