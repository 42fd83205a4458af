package com.localizevideos.headroom.common;

import java.util.Optional;

/**
 * What text the service stores: no control characters other than tab, line feed and carriage return, no unpaired
 * surrogates (they cannot be encoded and would be replaced by '?'), no noncharacters U+FFFE/U+FFFF. PostgreSQL
 * refuses U+0000 outright, so without this check such text is a 500 instead of a 400.
 */
public final class Text {

    /** The rule, as said in problems. */
    public static final String RULE = "must not contain control characters (other than tab and line breaks), "
            + "unpaired surrogates or the noncharacters U+FFFE/U+FFFF";

    private Text() {
    }

    /** The reason {@code value} cannot be stored, naming the first offending character and its position. */
    public static Optional<String> problem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f
                        || c == 0xfffe || c == 0xffff;
            }
            if (bad) {
                return Optional.of(RULE + String.format("; found U+%04X at character %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
