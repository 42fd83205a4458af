package com.localizevideos.headroom.commercial;

/** What happened commercially: the account grew, shrank, left, or gave a satisfaction result. */
public enum CommercialEventKind {
    EXPANSION, CONTRACTION, CHURN, CSAT
}
