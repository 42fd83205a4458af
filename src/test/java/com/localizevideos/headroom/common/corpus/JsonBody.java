package com.localizevideos.headroom.common.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A JSON object kept as field → raw JSON text, so a case can put any text (even invalid JSON) in one field. */
final class JsonBody {

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

    static JsonBody of(String... fieldAndRawValue) {
        JsonBody body = new JsonBody();
        for (int i = 0; i < fieldAndRawValue.length; i += 2) {
            body.fields.put(fieldAndRawValue[i], fieldAndRawValue[i + 1]);
        }
        return body;
    }

    /** A JSON string literal. */
    static String str(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    JsonBody with(String field, String rawValue) {
        JsonBody copy = copy();
        copy.fields.put(field, rawValue);
        return copy;
    }

    JsonBody without(String field) {
        JsonBody copy = copy();
        copy.fields.remove(field);
        return copy;
    }

    Map<String, String> fields() {
        return fields;
    }

    private JsonBody copy() {
        JsonBody copy = new JsonBody();
        copy.fields.putAll(fields);
        return copy;
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(e -> str(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
