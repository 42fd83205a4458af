package com.localizevideos.headroom.holdout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The holdout draw: deterministic, near its share, nested as the share grows, independent across salts. */
class HoldoutPolicyTest {

    static HoldoutPolicy policy(double share, String salt) {
        return new HoldoutPolicy(new HoldoutConfig() {
            @Override
            public double share() {
                return share;
            }

            @Override
            public String salt() {
                return salt;
            }
        });
    }

    private static Set<String> heldOut(HoldoutPolicy policy, int n) {
        Set<String> held = new HashSet<>();
        IntStream.range(0, n).mapToObj(i -> String.format("acct-%05d", i)).filter(policy::isHeldOut).forEach(held::add);
        return held;
    }

    @Test
    void tenThousandIdsAreHeldOutNearTheConfiguredShare() {
        // 10 % of 10,000 with a binomial standard deviation of 30: within four deviations.
        int held = heldOut(policy(0.10, "salt-a"), 10_000).size();
        assertTrue(held >= 880 && held <= 1120, held + " of 10,000 held out at share 0.10");
        int half = heldOut(policy(0.5, "salt-a"), 10_000).size();
        assertTrue(half >= 4800 && half <= 5200, half + " of 10,000 held out at share 0.5");
    }

    @Test
    void theSameSaltAndIdAlwaysGiveTheSameCohort() {
        Set<String> first = heldOut(policy(0.10, "salt-a"), 10_000);
        Set<String> again = heldOut(policy(0.10, "salt-a"), 10_000);
        assertEquals(first, again);
        assertEquals(HoldoutPolicy.position("salt-a", "acme-films"), HoldoutPolicy.position("salt-a", "acme-films"));
        // A fixed point, so that an accidental change of the hash (which would reshuffle every cohort) fails here.
        assertEquals(0.22573664198462007, HoldoutPolicy.position("s", "acme"));
    }

    @Test
    void aLargerShareKeepsEveryoneAlreadyHeldOut() {
        Set<String> small = heldOut(policy(0.05, "salt-a"), 10_000);
        Set<String> large = heldOut(policy(0.10, "salt-a"), 10_000);
        assertTrue(large.containsAll(small));
        assertTrue(large.size() > small.size());
    }

    @Test
    void anotherSaltDrawsAnotherHoldout() {
        Set<String> a = heldOut(policy(0.10, "salt-a"), 10_000);
        Set<String> b = heldOut(policy(0.10, "salt-b"), 10_000);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        // Independent draws overlap in about 1 % of ids (100), far from the 1,000 of the same draw.
        assertTrue(both.size() < 200, both.size() + " ids in both holdouts");
    }

    @Test
    void shareZeroHoldsNobodyAndShareOneEverybody() {
        assertTrue(heldOut(policy(0, "salt-a"), 1000).isEmpty());
        assertEquals(1000, heldOut(policy(1, "salt-a"), 1000).size());
        assertFalse(policy(0, "salt-a").isHeldOut("acme"));
        assertEquals(HoldoutPolicy.TREATED, policy(0, "salt-a").cohortOf("acme"));
        assertEquals(HoldoutPolicy.HOLDOUT, policy(1, "salt-a").cohortOf("acme"));
    }

    @Test
    void aShareOutsideZeroToOneOrABlankSaltIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> policy(1.5, "salt-a"));
        assertThrows(IllegalArgumentException.class, () -> policy(-0.1, "salt-a"));
        assertThrows(IllegalArgumentException.class, () -> policy(Double.NaN, "salt-a"));
        assertThrows(IllegalArgumentException.class, () -> policy(0.1, " "));
    }
}
