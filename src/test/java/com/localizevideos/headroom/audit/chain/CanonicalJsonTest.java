package com.localizevideos.headroom.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keyOrderWhitespaceAndNumberFormDoNotMatter() {
        String a = CanonicalJson.ofJsonText("{\"b\": 1425.0, \"a\": {\"y\": [1, 0.610], \"x\": null}}");
        String b = CanonicalJson.ofJsonText("{\"a\":{\"x\":null,\"y\":[1,0.61]},\"b\":1425}");
        assertEquals("{\"a\":{\"x\":null,\"y\":[1,0.61]},\"b\":1425}", a);
        assertEquals(a, b);
    }

    @Test
    void valuesAndArrayOrderDo() {
        assertNotEquals(CanonicalJson.ofJsonText("{\"a\": [1, 2]}"), CanonicalJson.ofJsonText("{\"a\": [2, 1]}"));
        assertNotEquals(CanonicalJson.ofJsonText("{\"a\": \"1\"}"), CanonicalJson.ofJsonText("{\"a\": 1}"));
        assertEquals(CanonicalJson.of(Map.of("z", List.of(1.50, "s"), "a", true)), "{\"a\":true,\"z\":[1.5,\"s\"]}");
    }

    @Test
    void recordHashCoversEveryPart() {
        ChainedRecord one = new ChainedRecord("EVALUATION", "x", new java.util.TreeMap<>(Map.of("facts", "{}", "firedRules", "[]")));
        ChainedRecord two = new ChainedRecord("EVALUATION", "x", new java.util.TreeMap<>(Map.of("facts", "{}", "firedRules", "[1]")));
        assertNotEquals(one.hash(), two.hash());
        assertEquals(one.partHashes().get("facts"), two.partHashes().get("facts"));
    }
}
