package com.localizevideos.headroom.batch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A claimed chunk: the accounts to evaluate, the run's instant and who started the run. */
record BatchChunk(UUID runId, int chunkNo, List<String> accountIds, Instant asOf, String startedBy) {
}
