package com.localizevideos.headroom.demo.world;

import java.time.LocalDate;

/**
 * A realised commercial outcome of a generated account: EXPANSION, CONTRACTION or CHURN with its ARR delta, or a CSAT
 * survey result with its score (1-5); dated.
 */
record WorldOutcome(String id, String accountId, String kind, LocalDate date, Double arrDelta, String detail,
                    Integer score) {

    WorldOutcome(String id, String accountId, String kind, LocalDate date, double arrDelta, String detail) {
        this(id, accountId, kind, date, Double.valueOf(arrDelta), detail, null);
    }
}
