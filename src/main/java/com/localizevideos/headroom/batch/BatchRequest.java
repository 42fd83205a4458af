package com.localizevideos.headroom.batch;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/evaluations/batch}: which accounts (all by default) and as of when (default now). */
public record BatchRequest(@Size(max = 64) String segment,
                           @Pattern(regexp = "STARTER|PRO|BUSINESS|ENTERPRISE",
                                   message = "must be one of STARTER, PRO, BUSINESS, ENTERPRISE") String plan,
                           Instant asOf) {
}
