package com.localizevideos.headroom.learning;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.localizevideos.headroom.common.ProblemException;
import io.quarkus.scheduler.Scheduled;

/**
 * Refits the calibration on a schedule ({@code headroom.calibration.refit-every}, {@code off} to disable) over the
 * latest year of outcomes; the fit only replaces the active calibration when it is better on held-out time.
 */
@ApplicationScoped
public class CalibrationRefit {
    /** The principal the stored calibration names as its fitter. */
    public static final String PRINCIPAL = "calibration-refit";

    private static final Logger LOG = Logger.getLogger(CalibrationRefit.class);

    @Inject
    CalibrationService calibrations;

    @Scheduled(every = "${headroom.calibration.refit-every}", delayed = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refit(null, null, null).ifPresent(c -> LOG.infof("Scheduled calibration refit %s: %s", c.version(), c.notes()));
    }

    /** Fits over the window (defaults: the year up to now); empty, with the reason logged, when outcomes are too few. */
    public Optional<CalibrationView> refit(Instant from, Instant to, String segment) {
        try {
            return Optional.of(calibrations.fit(new CalibrationRequest(from, to, segment), PRINCIPAL));
        } catch (ProblemException e) {
            LOG.infof("Scheduled calibration refit skipped: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
