package com.localizevideos.headroom.delivery;

/** Where a delivery stands: waiting for its next attempt, received (2xx), or out of attempts. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD
}
