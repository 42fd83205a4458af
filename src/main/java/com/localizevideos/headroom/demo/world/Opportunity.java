package com.localizevideos.headroom.demo.world;

/** An account with an expansion offer started by the main job, with the ARR it could add and why. */
record Opportunity(String accountId, String name, String plan, int score, String tier, String playbook, String channel,
                   String reason, double potentialArr) {
}
