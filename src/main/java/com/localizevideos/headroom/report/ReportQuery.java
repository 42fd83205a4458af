package com.localizevideos.headroom.report;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters every report takes, bound once for all of them: the period ({@code from} inclusive, {@code to}
 * exclusive, dates) and the account filters ({@code plan}, {@code segment}, {@code region}). Unchecked text: read
 * through {@link ReportParams}.
 */
public record ReportQuery(@RestQuery("from") String from, @RestQuery("to") String to, @RestQuery("plan") String plan,
                          @RestQuery("segment") String segment, @RestQuery("region") String region) {
}
