package com.localizevideos.headroom.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads the DRL and decision-table folders into sorted {@link RuleSource}s, refusing files it would otherwise skip. */
public final class RuleSourceReader {
    static final String TABLE_SUFFIX = ".drl.xlsx";

    private RuleSourceReader() {
    }

    /** Reads both folders; spreadsheet files not named {@code *.drl.xlsx} are reported, not silently ignored. */
    public static List<RuleSource> read(Path rulesDir, Path tablesDir, List<RuleProblem> problems) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : list(rulesDir, problems)) {
            String name = file.getFileName().toString();
            String display = displayPath(rulesDir, file);
            if (name.endsWith(".drl")) {
                sources.add(RuleSource.of(display, RuleSource.Kind.DRL, bytes(file)));
            }
        }
        for (Path file : list(tablesDir, problems)) {
            String name = file.getFileName().toString();
            String display = displayPath(tablesDir, file);
            if (name.endsWith(TABLE_SUFFIX)) {
                sources.add(RuleSource.of(display, RuleSource.Kind.DECISION_TABLE, bytes(file)));
            } else if (name.matches("(?i).*\\.(xlsx|xls|csv|ods)$")) {
                problems.add(RuleProblem.inFile(display,
                        "only workbooks named *.drl.xlsx are read as decision tables; rename it or move it out"));
            }
        }
        sources.sort(Comparator.comparing(RuleSource::path));
        return sources;
    }

    static String displayPath(Path dir, Path file) {
        Path folder = dir.toAbsolutePath().normalize().getFileName();
        return (folder == null ? "" : folder + "/") + file.getFileName();
    }

    private static List<Path> list(Path dir, List<RuleProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(RuleProblem.inFile(dir.toString(), "folder not found"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
