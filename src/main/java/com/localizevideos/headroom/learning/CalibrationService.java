package com.localizevideos.headroom.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Fits a calibration from recorded outcomes over a window, stores it, and activates it when no calibration fitted on
 * outcomes is active yet, or when it beats the active one on the held-out latest period (Brier score lower by at least
 * {@code headroom.calibration.min-brier-improvement}).
 */
@ApplicationScoped
public class CalibrationService {
    @Inject
    TrainingSetBuilder training;

    @Inject
    CalibrationStore store;

    @Inject
    CalibrationConfig config;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    /** Fits for the authenticated caller. */
    public CalibrationView fit(CalibrationRequest request) {
        return fit(request, Principals.nameOf(identity));
    }

    /** Fits on behalf of {@code principal} (the main job names itself). */
    public CalibrationView fit(CalibrationRequest request, String principal) {
        Instant now = clock.instant();
        Instant to = request.to() == null ? now.truncatedTo(ChronoUnit.SECONDS) : request.to();
        Instant from = request.from() == null ? to.minus(Duration.ofDays(365)) : request.from();
        validate(from, to, now);
        TrainingSet set = training.build(from, to, request.segment());
        long positives = set.positives();
        long negatives = set.points().size() - positives;
        if (positives < config.minPerLabel() || negatives < config.minPerLabel()) {
            throw new ProblemException("not-enough-outcomes", "Not enough recorded outcomes", 422, String.format(Locale.US,
                    "%d training points (%d expanded within 90 days, %d did not) from %d asOf points between %s and %s;"
                            + " a fit needs at least %d of each. The active calibration stays.",
                    set.points().size(), positives, negatives, set.asOfPoints().size(), from, to.minus(TrainingSetBuilder.HORIZON),
                    config.minPerLabel()),
                    List.of(LocatedProblem.atField("from", "widen the window or record more outcomes (commercial events)")));
        }
        Calibration active = store.active();
        Fitted fitted = CalibrationFitter.fit(set, active, config.heldOutShare(), config.ridge(),
                config.minSimilarAccounts(), now);
        String reason = activationReason(fitted, active, config.minBrierImprovement());
        String notes = reason != null ? "Activated: " + reason : "Not activated: " + whyNot(fitted, active, config.minBrierImprovement());
        store.insert(fitted, set, principal, now, active.version(), notes, reason);
        return store.find(fitted.calibration().version()).orElseThrow();
    }

    /** Why the new calibration should become active, or null when it should not. */
    static String activationReason(Fitted f, Calibration active, double minImprovement) {
        if (!active.method().equals(CalibrationFitter.METHOD)) {
            return "no calibration fitted on outcomes was active (" + active.version() + ")";
        }
        if (f.heldOutBrier() != null && f.activeHeldOutBrier() != null && f.heldOutBrier() <= f.activeHeldOutBrier() - minImprovement) {
            return String.format(Locale.US, "held-out Brier %.4f is lower than %s's %.4f on the same %d points",
                    f.heldOutBrier(), active.version(), f.activeHeldOutBrier(), f.heldOutN());
        }
        return null;
    }

    private static String whyNot(Fitted f, Calibration active, double minImprovement) {
        if (f.heldOutBrier() == null) {
            return "no held-out period to compare it with " + active.version() + " (too few asOf points or outcomes)";
        }
        return String.format(Locale.US, "held-out Brier %.4f is not lower than %s's %.4f on the same %d points by at "
                + "least %.4f", f.heldOutBrier(), active.version(), f.activeHeldOutBrier(), f.heldOutN(), minImprovement);
    }

    private static void validate(Instant from, Instant to, Instant now) {
        List<LocatedProblem> problems = new ArrayList<>();
        if (to.isAfter(now.plus(Duration.ofMinutes(5)))) {
            problems.add(LocatedProblem.atField("to", "to " + to + " is later than now; outcomes after now are not known"));
        }
        if (!from.isBefore(to.minus(TrainingSetBuilder.HORIZON))) {
            problems.add(LocatedProblem.atField("from", "from " + from + " must be more than 90 days before to " + to
                    + ": each training point needs 90 days of outcomes after it"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException("invalid-request", "Invalid calibration request", 400,
                    problems.size() + " problem(s) in the calibration window", problems);
        }
    }
}
