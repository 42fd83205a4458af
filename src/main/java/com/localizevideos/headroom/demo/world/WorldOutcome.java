package com.localizevideos.headroom.demo.world;

import java.time.LocalDate;

/** A realised commercial outcome of a generated account: EXPANSION, CONTRACTION or CHURN, dated, with ARR delta. */
record WorldOutcome(String id, String accountId, String kind, LocalDate date, double arrDelta, String detail) {
}
