package com.localizevideos.headroom.rulebase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while a rule base is active. */
@Readiness
@ApplicationScoped
public class RuleBaseHealthCheck implements HealthCheck {
    @Inject
    ActiveRuleBase active;

    @Override
    public HealthCheckResponse call() {
        return active.current()
                .map(base -> HealthCheckResponse.named("rule-base").up()
                        .withData("version", base.version()).withData("rules", base.ruleCount()).build())
                .orElseGet(() -> HealthCheckResponse.named("rule-base").down().build());
    }
}
