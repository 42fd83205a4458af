package com.localizevideos.headroom.audit.replay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer of a replay: {@code identical} when every replayed group matches the record; otherwise the
 * {@code differences}. {@code replayedOn} is {@code ACTIVE} (the recorded version is the active one) or
 * {@code STORED_FILES} (compiled from the version's stored files). {@code notReplayed} lists recorded output fields
 * that no replay group recomputes yet, so {@code identical} never claims more than was checked.
 */
public record ReplayView(UUID evaluationId, String accountId, Instant asOf, String rulesetVersion, String replayedOn,
                         boolean identical, List<String> groups, List<ReplayDifference> differences,
                         List<String> notReplayed) {
}
