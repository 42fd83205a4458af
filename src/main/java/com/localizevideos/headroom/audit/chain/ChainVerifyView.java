package com.localizevideos.headroom.audit.chain;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of verify: {@code ok} when every sealed link and every sealed record checks out and no stored record is
 * outside the chain; the counts; the head to publish elsewhere; and the first broken link, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerifyView(boolean ok, long sealed, long verified, long unsealed, Map<String, Long> unchained,
                              Head head, BrokenLink firstBroken) {

    /** The last link verified: publish its hash elsewhere and a rewrite of the whole chain shows too. */
    public record Head(long seq, String chainHash) {
    }

    /**
     * The first link that does not check out. {@code problem}: {@code RECORD_ALTERED} (the stored record no longer
     * hashes to what was sealed; {@code changedParts} names the parts), {@code RECORD_MISSING} (the record is gone),
     * {@code LINK_ALTERED} (the link's own hashes were changed), {@code LINK_MISSING} (links were removed:
     * {@code seq} is where the next one was expected), {@code UNKNOWN_KIND} (no source reads this kind).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BrokenLink(long seq, String kind, String recordId, String problem, String field, String expected,
                             String found, List<String> changedParts, String detail) {
    }
}
