package com.localizevideos.headroom.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One audit record as the chain sees it: its kind, its id and its content in named parts, each in canonical JSON
 * (for an evaluation: the row, the facts, the decision, the fired rules, the actions). The record hash covers every
 * part; the part hashes let verify say which part changed.
 */
public record ChainedRecord(String kind, String recordId, SortedMap<String, String> parts) {

    public ChainedRecord {
        parts = new TreeMap<>(parts);
    }

    /** SHA-256 of each part's canonical text, by part name. */
    public SortedMap<String, String> partHashes() {
        SortedMap<String, String> hashes = new TreeMap<>();
        parts.forEach((name, text) -> hashes.put(name, sha256(text)));
        return hashes;
    }

    /** SHA-256 over the lines {@code name:partHash}, sorted by name. */
    public String hash() {
        return hashOfParts(partHashes());
    }

    static String hashOfParts(Map<String, String> partHashes) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(partHashes).forEach((name, hash) -> lines.append(name).append(':').append(hash).append('\n'));
        return sha256(lines.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
