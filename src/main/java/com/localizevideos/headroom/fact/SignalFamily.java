package com.localizevideos.headroom.fact;

/** The five families of the signal catalog. */
public enum SignalFamily {
    PRODUCT_USAGE, CAPACITY, ENGAGEMENT, COMMERCIAL, STRATEGIC
}
