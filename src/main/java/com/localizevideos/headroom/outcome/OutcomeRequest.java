package com.localizevideos.headroom.outcome;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/actions/{id}/outcome}; {@code respondedAt} defaults to now. {@code arrDelta} is the
 * realised change of ARR in USD; {@code helpfulRating} the customer's "was this helpful" answer (1-5) where the app
 * collects one.
 */
public record OutcomeRequest(@NotNull CustomerResponse response,
                             @Digits(integer = 12, fraction = 2) BigDecimal arrDelta,
                             @Size(max = 2000) String reason,
                             Instant respondedAt,
                             @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
                             Integer helpfulRating) {
}
