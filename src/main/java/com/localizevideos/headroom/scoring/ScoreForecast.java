package com.localizevideos.headroom.scoring;

/** What scoring and forecasting added to a decision: probability, revenue potential, forecast, and their inputs. */
public record ScoreForecast(double probability, String calibrationVersion, RevenuePotentialView revenuePotential,
                            ForecastView forecast, ScoringInputs inputs) {
}
