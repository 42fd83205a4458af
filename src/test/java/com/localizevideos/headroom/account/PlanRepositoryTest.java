package com.localizevideos.headroom.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanRepositoryTest {

    @Inject
    PlanRepository plans;

    @Test
    @Transactional
    void catalogHoldsTheDesignDefaultsForEveryPlanCode() {
        for (PlanCode code : PlanCode.values()) {
            assertTrue(plans.findByCode(code.name()).isPresent(), code + " is in the catalog");
        }
        Plan pro = plans.findByCode("PRO").orElseThrow();
        assertEquals(300, pro.getMinutesQuota());
        assertEquals(10, pro.getLanguagesLimit());
        assertEquals(60, pro.getApiRequestsPerMinute());
        assertEquals(0, new BigDecimal("199").compareTo(pro.getMonthlyPriceUsd()));
        Plan starter = plans.findByCode("STARTER").orElseThrow();
        assertEquals(0, starter.getApiRequestsPerMinute());
        Plan enterprise = plans.findByCode("ENTERPRISE").orElseThrow();
        assertEquals(200, enterprise.getLanguagesLimit());
        assertEquals(10_000, enterprise.getMinutesQuota());
        assertTrue(enterprise.isSso());
    }

    @Test
    @Transactional
    void unknownCodeIsEmpty() {
        assertTrue(plans.findByCode("GOLD").isEmpty());
        assertTrue(plans.findByCode(null).isEmpty());
    }
}
