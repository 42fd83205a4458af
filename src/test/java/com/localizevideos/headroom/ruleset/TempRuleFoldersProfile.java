package com.localizevideos.headroom.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service reading copies of the shipped rule folders, which a test may break and mend before a reload. */
public class TempRuleFoldersProfile implements QuarkusTestProfile {
    static final Path ROOT = Path.of("target", "reload-test");
    static final Path RULES = ROOT.resolve("rules");
    static final Path TABLES = ROOT.resolve("decision-tables");

    @Override
    public Map<String, String> getConfigOverrides() {
        copy(Path.of("rules"), RULES);
        copy(Path.of("decision-tables"), TABLES);
        return Map.of("headroom.rules.rules-dir", RULES.toString(), "headroom.rules.tables-dir", TABLES.toString());
    }

    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> old = Files.list(to)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
