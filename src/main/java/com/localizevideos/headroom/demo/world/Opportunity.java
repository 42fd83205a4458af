package com.localizevideos.headroom.demo.world;

/**
 * An account with an expansion offer started by the main job: the ARR it could add (revenue potential), the readiness
 * probability, the expected value, the forecast, and why.
 */
record Opportunity(String accountId, String name, String plan, int score, String tier, String playbook, String channel,
                   String reason, double potentialArr, double probability, double expectedValue, Integer daysToExpansion,
                   String forecastMethod, String basis) {
}
