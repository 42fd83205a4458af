package com.localizevideos.headroom.audit.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * Two sequences aligned on their longest common subsequence (order matters): an item only recorded is a
     * difference at its recorded index with nothing replayed, an item only replayed one at its replayed index with
     * nothing recorded — so one rule that no longer fires is one difference, not a shift of every later one.
     */
    JsonDiff ordered(String path, JsonNode recorded, JsonNode replayed) {
        int n = recorded.size();
        int m = replayed.size();
        String[] a = new String[n];
        String[] b = new String[m];
        for (int i = 0; i < n; i++) {
            a[i] = withoutOrder(recorded.get(i));
        }
        for (int j = 0; j < m; j++) {
            b[j] = withoutOrder(replayed.get(j));
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new ReplayDifference(group, path + "[" + i + "]", recorded.get(i), null));
                i++;
            } else {
                out.add(new ReplayDifference(group, path + "[" + j + "]", null, replayed.get(j)));
                j++;
            }
        }
        return this;
    }

    /** Canonical text of a sequence item without its position ({@code order}), which a shift changes. */
    private static String withoutOrder(JsonNode item) {
        if (item.isObject()) {
            ObjectNode copy = ((ObjectNode) item).deepCopy();
            copy.remove("order");
            return CanonicalJson.of(copy);
        }
        return CanonicalJson.of(item);
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
