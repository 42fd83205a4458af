package com.localizevideos.headroom.bench;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /bench/insert}, shaped like an evaluation request. */
public record BenchWriteRequest(@NotBlank @Size(max = 64) String accountId) {
}
