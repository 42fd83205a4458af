package com.localizevideos.headroom.fact;

/** The five readiness factors of the seed. */
public enum Factor {
    FEATURE_UTILIZATION, CAPACITY_PRESSURE, ENGAGEMENT_CONSISTENCY, SUPPORT_STABILITY, STRATEGIC_VALUE
}
