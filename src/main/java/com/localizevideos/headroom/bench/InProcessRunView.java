package com.localizevideos.headroom.bench;

/** The in-process run: median evaluations per second of each implementation, their ratio, and agreement. */
public record InProcessRunView(String rulesetVersion, int snapshots, int warmup, int rounds, int droolsEvaluations,
                               int handCodedEvaluations,
                               double droolsPerSecond, double handCodedPerSecond, double droolsShareOfHandCoded,
                               double droolsShareLowestRound, double droolsShareHighestRound,
                               double droolsMicrosPerEvaluation, double handCodedMicrosPerEvaluation,
                               int disagreements, boolean sameDecisions, int availableProcessors, String javaVersion) {
}
