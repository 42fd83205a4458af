package com.localizevideos.headroom.audit.chain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A stable serialisation of stored content: object keys sorted at every level, no whitespace, numbers in plain
 * form without trailing zeros (1425.0 and 1425 are the same number), instants in UTC ISO-8601. Two readings of the
 * same rows always give the same text, whatever order PostgreSQL returns jsonb keys in.
 */
public final class CanonicalJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private CanonicalJson() {
    }

    /** Canonical text of a JSON document stored as text (a jsonb column read as text). */
    public static String ofJsonText(String json) {
        if (json == null) {
            return "null";
        }
        try {
            return of(READER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable", e);
        }
    }

    /** A stored JSON text as a tree, to be placed inside a larger canonical value; null stays null. */
    public static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable", e);
        }
    }

    /** Canonical text of maps, lists, strings, numbers, booleans, instants, UUIDs, JSON trees and nulls. */
    public static String of(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof JsonNode node) {
            writeNode(g, node);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            g.writeStartObject();
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            g.writeNumber(number(n));
        } else if (value instanceof OffsetDateTime t) {
            g.writeString(t.toInstant().toString());
        } else if (value instanceof java.sql.Timestamp t) {
            g.writeString(t.toInstant().toString());
        } else if (value instanceof Instant t) {
            g.writeString(t.toString());
        } else {
            g.writeString(value.toString());
        }
    }

    private static void writeNode(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sorted.put(e.getKey(), e.getValue());
            }
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                g.writeFieldName(e.getKey());
                writeNode(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode item : node) {
                writeNode(g, item);
            }
            g.writeEndArray();
        } else if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            g.writeString(String.valueOf(node.doubleValue()));
        } else if (node.isNumber()) {
            g.writeNumber(number(node.decimalValue()));
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            g.writeNull();
        } else {
            g.writeString(node.asText());
        }
    }

    /** Plain decimal text without trailing zeros: 1425.0 → 1425, 0.610 → 0.61. */
    static String number(Number n) {
        BigDecimal d;
        if (n instanceof BigDecimal b) {
            d = b;
        } else if (n instanceof BigInteger i) {
            d = new BigDecimal(i);
        } else if (n instanceof Double || n instanceof Float) {
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                return "\"" + v + "\"";
            }
            d = new BigDecimal(Double.toString(v));
        } else {
            d = BigDecimal.valueOf(n.longValue());
        }
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
