package com.localizevideos.headroom.audit.replay;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The facts as reconstructed against the facts as stored: every stored field must come back with the same value,
 * derived figures included (a stored input changed without its derived figures, or a field the fact class no longer
 * has, shows here). Fields the fact class gained since the record was made keep their defaults and are not compared:
 * the recorded rule-set version cannot read them.
 */
@ApplicationScoped
public class FactsReplay implements ReplayedOutput {
    @Inject
    ObjectMapper json;

    @Override
    public String group() {
        return "facts";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> covers() {
        return List.of();
    }

    @Override
    public List<ReplayDifference> compare(ReplayContext c) {
        JsonNode stored = c.recordedFacts();
        JsonNode rebuilt = json.valueToTree(c.facts());
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = stored.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        JsonDiff diff = new JsonDiff(group());
        names.forEach(n -> diff.value("facts." + n, stored.path(n), rebuilt.path(n)));
        return diff.differences();
    }
}
