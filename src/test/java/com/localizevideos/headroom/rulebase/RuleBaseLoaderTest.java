package com.localizevideos.headroom.rulebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.StartupEvent;

/** A rule set that does not compile stops the start and leaves no rule base active. */
class RuleBaseLoaderTest {

    @Test
    void brokenShippedRuleStopsTheStartWithItsPlace(@TempDir Path dir) throws IOException {
        Path rules = copy(Path.of("rules"), dir.resolve("rules"));
        Path tables = copy(Path.of("decision-tables"), dir.resolve("decision-tables"));
        Path guardrails = rules.resolve("guardrails.drl");
        Files.writeString(guardrails, Files.readString(guardrails).replace("openSevereTickets >= $min", "openSevereTickets >> $min"));

        RuleBaseLoader loader = loader(rules, tables);

        RuleBaseRejectedException refused = assertThrows(RuleBaseRejectedException.class,
                () -> loader.onStart(new StartupEvent()));
        assertTrue(refused.problems().stream().anyMatch(p -> "rules/guardrails.drl".equals(p.file()) && p.line() != null),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("rules/guardrails.drl, line "), refused.getMessage());
        assertTrue(loader.active.current().isEmpty());
    }

    @Test
    void missingFolderIsReportedByName(@TempDir Path dir) {
        RuleBaseLoader loader = loader(dir.resolve("nowhere"), Path.of("decision-tables"));

        RuleBaseRejectedException refused = assertThrows(RuleBaseRejectedException.class, loader::compileFolders);
        assertEquals("folder not found", refused.problems().get(0).message());
        assertTrue(refused.problems().get(0).file().endsWith("nowhere"));
    }

    private static RuleBaseLoader loader(Path rules, Path tables) {
        RuleBaseLoader loader = new RuleBaseLoader();
        loader.active = new ActiveRuleBase();
        loader.config = new RuleBaseConfig() {
            @Override
            public String rulesDir() {
                return rules.toString();
            }

            @Override
            public String tablesDir() {
                return tables.toString();
            }

            @Override
            public int sessionPoolSize() {
                return 1;
            }

            @Override
            public int maxRuleFirings() {
                return 10_000;
            }
        };
        return loader;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
