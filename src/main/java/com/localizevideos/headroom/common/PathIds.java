package com.localizevideos.headroom.common;

import java.util.List;
import java.util.UUID;

/** Parses UUIDs from path parameters, answering a 400 problem that names the parameter. */
public final class PathIds {

    private PathIds() {
    }

    /** The UUID in {@code value}, or a 400 problem naming {@code field} and what kind of id was expected. */
    public static UUID uuid(String field, String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException("invalid-id", "Invalid " + what + " id", 400, "an " + what + " id is a UUID",
                    List.of(LocatedProblem.atField(field, "'" + value + "' is not a UUID")));
        }
    }
}
