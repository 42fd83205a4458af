package com.localizevideos.headroom.commercial;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A commercial event as the API shows it. */
public record CommercialEventView(String id, String accountId, CommercialEventKind kind, Instant occurredAt,
                                  BigDecimal arrDelta, String source, @JsonRawValue String detail,
                                  Instant recordedAt) {

    public static CommercialEventView of(CommercialEvent e) {
        return new CommercialEventView(e.getId(), e.getAccountId(), e.getKind(), e.getOccurredAt(), e.getArrDelta(),
                e.getSource(), e.getDetail(), e.getRecordedAt());
    }
}
