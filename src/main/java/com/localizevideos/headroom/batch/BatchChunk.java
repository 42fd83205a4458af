package com.localizevideos.headroom.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A claimed chunk: the accounts to evaluate and the run's instant. */
record BatchChunk(UUID runId, int chunkNo, List<String> accountIds, Instant asOf) {
}
