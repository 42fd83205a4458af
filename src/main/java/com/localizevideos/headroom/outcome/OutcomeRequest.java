package com.localizevideos.headroom.outcome;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/actions/{id}/outcome}; {@code respondedAt} defaults to now. */
public record OutcomeRequest(@NotNull CustomerResponse response,
                             @Digits(integer = 12, fraction = 2) BigDecimal arrDelta,
                             @Size(max = 2000) String reason,
                             Instant respondedAt) {
}
