package com.localizevideos.headroom.evaluation;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/evaluations}: the account and, optionally, the instant to evaluate as of (default now). */
public record EvaluationRequest(@NotBlank @Size(max = 64) String accountId, Instant asOf) {
}
