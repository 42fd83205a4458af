package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippedRulesSmokeTest {
    @Test
    void quietAccountGetsNoSignals() {
        Decision d = ShippedRules.decide(ShippedRules.quietProAccount());
        d.firedRules().forEach(System.out::println);
        assertEquals(0, d.signals().size());
    }
}
