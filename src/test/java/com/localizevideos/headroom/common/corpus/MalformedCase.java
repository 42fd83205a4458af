package com.localizevideos.headroom.common.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One malformed request of the corpus: a unique name (a failure names the case), the request as sent, and what the
 * answer must be. {@code contentType} null sends no Content-Type; {@code body} null sends no body.
 */
public record MalformedCase(String name, String method, String path, String contentType, byte[] body,
                            Map<String, String> headers, Expect expect) {

    /** What a case must answer. */
    public enum Expect {
        /** A 4xx {@code application/problem+json} with a detail or at least one located problem. */
        PROBLEM,
        /**
         * An import whose file could be read: 200 with {@code accepted} 0 and every row listed as rejected with its
         * line and reasons (the import contract: a readable file answers counts, see README "Importing CSV exports").
         */
        ALL_ROWS_REJECTED
    }

    public static final String JSON = "application/json";

    public MalformedCase {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static MalformedCase json(String name, String method, String path, String body) {
        return new MalformedCase(name, method, path, JSON, body.getBytes(StandardCharsets.UTF_8), Map.of(), Expect.PROBLEM);
    }

    public static MalformedCase raw(String name, String method, String path, String contentType, byte[] body) {
        return new MalformedCase(name, method, path, contentType, body, Map.of(), Expect.PROBLEM);
    }

    public static MalformedCase get(String name, String path) {
        return new MalformedCase(name, "GET", path, null, null, Map.of(), Expect.PROBLEM);
    }

    public MalformedCase withHeader(String header, String value) {
        var all = new java.util.HashMap<>(headers);
        all.put(header, value);
        return new MalformedCase(name, method, path, contentType, body, all, expect);
    }

    public MalformedCase expecting(Expect expected) {
        return new MalformedCase(name, method, path, contentType, body, headers, expected);
    }
}
