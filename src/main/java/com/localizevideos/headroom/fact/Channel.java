package com.localizevideos.headroom.fact;

/** How an action reaches the customer; every channel but AUTOMATED is a human contact. */
public enum Channel {
    AUTOMATED, CS_LED, SALES_AND_EXEC, EXECUTIVE_SPONSOR;

    public boolean isHuman() {
        return this != AUTOMATED;
    }
}
