package com.localizevideos.headroom.demo.world;

import java.util.Random;

/** Independent random streams from (seed, key): nearby java.util.Random seeds give correlated first draws. */
final class Seeds {

    private Seeds() {
    }

    static Random random(long seed, long stream, long key) {
        return new Random(mix(mix(seed) ^ mix(stream * 0x9E3779B97F4A7C15L + key)));
    }

    /** The murmur3 64-bit finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
