package com.localizevideos.headroom.ruleset;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One version in the list: status, who brought it and when, who reviewed it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetSummaryView(String version, String status, String origin, String uploadedBy, Instant uploadedAt,
                                 String reviewedBy, Instant reviewedAt, Instant firstLoadedAt, Instant lastActivatedAt,
                                 int ruleCount) {
}
