package com.localizevideos.headroom.audit.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.localizevideos.headroom.audit.chain.CanonicalJson;

/** Compares recorded and replayed JSON: numbers by value, objects by field, arrays by key or position. */
final class JsonDiff {
    private final String group;
    private final List<ReplayDifference> out = new ArrayList<>();

    JsonDiff(String group) {
        this.group = group;
    }

    List<ReplayDifference> differences() {
        return List.copyOf(out);
    }

    static boolean same(JsonNode a, JsonNode b) {
        return CanonicalJson.of(present(a)).equals(CanonicalJson.of(present(b)));
    }

    /** One value. */
    JsonDiff value(String path, JsonNode recorded, JsonNode replayed) {
        if (!same(recorded, replayed)) {
            out.add(new ReplayDifference(group, path, present(recorded), present(replayed)));
        }
        return this;
    }

    /** The named fields of two objects. */
    JsonDiff fields(String path, JsonNode recorded, JsonNode replayed, List<String> fields) {
        for (String f : fields) {
            value(path.isEmpty() ? f : path + "." + f, recorded.path(f), replayed.path(f));
        }
        return this;
    }

    /** Two arrays matched by a key: items on one side only are differences whole, matched items field by field. */
    JsonDiff keyed(String path, JsonNode recorded, JsonNode replayed, Function<JsonNode, String> key,
                   List<String> fields) {
        Map<String, JsonNode> before = byKey(recorded, key);
        Map<String, JsonNode> after = byKey(replayed, key);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            String itemPath = path + "[" + k + "]";
            JsonNode r = before.get(k);
            JsonNode p = after.get(k);
            if (r == null || p == null) {
                out.add(new ReplayDifference(group, itemPath, r, p));
            } else {
                fields(itemPath, r, p, fields);
            }
        }
        return this;
    }

    /** Two arrays compared position by position (order matters). */
    JsonDiff ordered(String path, JsonNode recorded, JsonNode replayed) {
        int n = Math.max(recorded.size(), replayed.size());
        for (int i = 0; i < n; i++) {
            value(path + "[" + i + "]", recorded.path(i), replayed.path(i));
        }
        return this;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, Function<JsonNode, String> key) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode item : array) {
            String k = key.apply(item);
            while (items.containsKey(k)) {
                k = k + "'";
            }
            items.put(k, item);
        }
        return items;
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }
}
