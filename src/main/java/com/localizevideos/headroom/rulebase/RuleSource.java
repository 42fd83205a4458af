package com.localizevideos.headroom.rulebase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One rule file as read: its display path ("rules/signals.drl"), kind, bytes and SHA-256. */
public record RuleSource(String path, Kind kind, byte[] content, String sha256) {

    /** What the file holds. */
    public enum Kind { DRL, DECISION_TABLE }

    public static RuleSource of(String path, Kind kind, byte[] content) {
        return new RuleSource(path, kind, content, sha256(content));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
