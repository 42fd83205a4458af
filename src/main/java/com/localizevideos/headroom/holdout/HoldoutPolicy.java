package com.localizevideos.headroom.holdout;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deterministic per-account holdout: an account is held out when SHA-256(salt ":" accountId), read as a number in
 * [0, 1), is below the configured share. The same on every run and every instance; no state, no database.
 * Delivery and in-product prompts call {@link #isHeldOut(String)} and deliver nothing for a held-out account.
 */
@ApplicationScoped
public class HoldoutPolicy {

    /** The two cohorts as reports and the account view name them. */
    public static final String TREATED = "TREATED";
    public static final String HOLDOUT = "HOLDOUT";

    private final double share;
    private final String salt;

    public HoldoutPolicy(HoldoutConfig config) {
        if (!(config.share() >= 0 && config.share() <= 1)) {
            throw new IllegalArgumentException("headroom.holdout.share must be between 0 and 1, not " + config.share());
        }
        if (config.salt().isBlank()) {
            throw new IllegalArgumentException("headroom.holdout.salt must not be blank");
        }
        this.share = config.share();
        this.salt = config.salt();
    }

    /** Whether the account is in the holdout: evaluated and recorded, but nothing delivered or shown. */
    public boolean isHeldOut(String accountId) {
        return position(salt, accountId) < share;
    }

    /** {@link #HOLDOUT} or {@link #TREATED}. */
    public String cohortOf(String accountId) {
        return isHeldOut(accountId) ? HOLDOUT : TREATED;
    }

    public double share() {
        return share;
    }

    public String salt() {
        return salt;
    }

    /**
     * The same test in SQL, for reports that group accounts by cohort: true when the account whose id is the SQL
     * expression {@code idColumn} is held out; binds {@code :holdoutSalt} and {@code :holdoutShare}.
     */
    public static String sqlHeldOut(String idColumn) {
        return "(cast(cast(cast('x' || substr(encode(sha256(convert_to(cast(:holdoutSalt as text) || ':' || " + idColumn
                + ", 'UTF8')), 'hex'), 1, 13) as bit(52)) as bigint) as float8) / 4503599627370496.0"
                + " < cast(:holdoutShare as float8))";
    }

    /**
     * The account's place in [0, 1) for this salt: the first 52 bits of SHA-256(salt ":" accountId), so that SQL
     * ({@link #sqlHeldOut}) computes exactly the same number.
     */
    public static double position(String salt, String accountId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + accountId).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(digest).getLong() >>> 12) * 0x1.0p-52;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
