package com.localizevideos.headroom.audit.chain;

import java.time.Instant;

/** A stored verification of the chain: when it ran, who asked (or {@code schedule}), how long it took, what it found. */
public record ChainVerificationView(Instant verifiedAt, long tookMs, String principal, ChainVerifyView result) {
}
