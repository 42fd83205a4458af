package com.localizevideos.headroom.bench;

import java.time.Instant;
import java.util.UUID;

/** The row the one-INSERT endpoint wrote. */
public record BenchWriteView(UUID id, String accountId, Instant createdAt) {
}
