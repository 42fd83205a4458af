package com.localizevideos.headroom.audit;

import java.time.Instant;

/** Filters and paging of the audit search; every field optional except paging. */
public record AuditQuery(String accountId, String rule, String rulesetVersion, Instant from, Instant to, int page, int size) {
}
