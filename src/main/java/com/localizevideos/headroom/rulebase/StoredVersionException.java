package com.localizevideos.headroom.rulebase;

/** A stored rule-set version cannot be used: unknown, or its stored files no longer hash to it. */
public class StoredVersionException extends RuntimeException {
    public StoredVersionException(String message) {
        super(message, null, false, false);
    }
}
