package com.localizevideos.headroom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.common.KaplanMeier.Observation;

class KaplanMeierTest {

    @Test
    void censoredDurationsLeaveTheRiskSetWithoutLoweringSurvival() {
        // Hand-computed: t=10 event (6 at risk) -> 5/6; t=20 censored; t=30 two events (4 at risk) -> 5/6*2/4 = 5/12;
        // t=40 event (2 at risk) -> 5/24; t=50 censored.
        KaplanMeier km = KaplanMeier.fit(List.of(new Observation(30, true), new Observation(10, true),
                new Observation(20, false), new Observation(30, true), new Observation(40, true),
                new Observation(50, false)));

        assertEquals(5.0 / 6, km.survivalAt(15), 1e-12);
        assertEquals(5.0 / 6, km.survivalAt(25), 1e-12);
        assertEquals(5.0 / 12, km.survivalAt(30), 1e-12);
        assertEquals(5.0 / 24, km.survivalAt(45), 1e-12);
        assertEquals(30.0, km.medianDays().getAsDouble());
        assertEquals(4, km.steps().get(2).atRisk());
        assertEquals(6, km.subjects());
    }

    @Test
    void noMedianWhileMoreThanHalfHaveNotExpanded() {
        KaplanMeier km = KaplanMeier.fit(List.of(new Observation(5, true), new Observation(9, false),
                new Observation(12, false)));

        assertTrue(km.medianDays().isEmpty());
        assertEquals(2.0 / 3, km.survivalAt(100), 1e-12);
    }

    @Test
    void negativeDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(List.of(new Observation(-1, true))));
    }
}
