package com.localizevideos.headroom.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.rulebase.RuleBaseRejectedException;
import com.localizevideos.headroom.rulebase.RuleProblem;
import com.localizevideos.headroom.rulebase.RuleSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The one validation path of every candidate rule set (upload or reload): hostile-file screening and the template
 * lock for uploaded workbooks (before anything is compiled), then the table checks, duplicate names, and compiling.
 */
@ApplicationScoped
public class RuleSetChecker {
    static final String TABLE_SUFFIX = ".drl.xlsx";
    private static final Pattern DRL_RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    @Inject
    RuleSetConfig config;

    @Inject
    RuleBaseConfig ruleBaseConfig;

    /** A file of an upload, as named by the uploader. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What the checks found, the candidate's files, and (when no error was found) the compiled rule base. */
    public record Checked(List<Finding> findings, List<RuleSource> sources, CompiledRuleBase base, boolean compiled) {
        boolean refused() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** POI's own zip-bomb limits, for every workbook it opens (uploads and the rule compiler's alike). */
    void onStart(@Observes StartupEvent event) {
        ZipSecureFile.setMinInflateRatio(config.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(config.maxUncompressedBytes());
    }

    /**
     * Checks an upload replacing same-named files of {@code active}. The table checks only read the cells; the rule
     * set is compiled only when no check found an error, so a refused workbook's code is never compiled.
     */
    public Checked checkUpload(List<Upload> uploads, List<RuleSource> active, int poolSize) {
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleSource> byPath = new LinkedHashMap<>();
        active.forEach(s -> byPath.put(s.path(), s));
        Map<String, List<SheetLayout>> uploadedLayouts = new HashMap<>();
        for (Upload upload : uploads) {
            String name = upload.fileName();
            Optional<RuleSource> replaced = active.stream().filter(s -> fileName(s.path()).equals(name)).findFirst();
            if (replaced.isEmpty()) {
                findings.add(Finding.inFile("unknown-file", name, "the active rule set has no file named " + name
                        + "; an upload replaces existing tables (" + String.join(", ", active.stream().map(s -> fileName(s.path()))
                        .filter(n -> n.endsWith(TABLE_SUFFIX)).toList()) + "); new files come through the rule folders and a reload"));
                continue;
            }
            RuleSource old = replaced.get();
            if (old.kind() == RuleSource.Kind.DRL) {
                byPath.put(old.path(), RuleSource.of(old.path(), RuleSource.Kind.DRL, upload.content()));
                continue;
            }
            List<Finding> screened = WorkbookReader.screen(old.path(), upload.content(), config.maxUncompressedBytes());
            findings.addAll(screened);
            if (!screened.isEmpty()) {
                continue;
            }
            List<SheetLayout> uploaded;
            try {
                uploaded = WorkbookReader.read(upload.content());
            } catch (IOException e) {
                findings.add(Finding.inFile("file-type", old.path(), "the workbook cannot be read (" + e.getMessage()
                        + "); save it again as .xlsx from Excel or LibreOffice"));
                continue;
            }
            List<SheetLayout> template = template(old);
            findings.addAll(TemplateLock.compare(old.path(), template, uploaded));
            uploaded.stream().filter(SheetLayout::ruleSet).forEach(s -> findings.addAll(DataCellGuard.check(old.path(), s)));
            uploadedLayouts.put(old.path(), uploaded);
            byPath.put(old.path(), RuleSource.of(old.path(), RuleSource.Kind.DECISION_TABLE, upload.content()));
        }
        List<RuleSource> sources = new ArrayList<>(byPath.values());
        return verifyAndCompile(sources, findings, uploadedLayouts, active, poolSize);
    }

    /** Checks a complete rule set read from the folders (no template lock: the folders are the templates). */
    public Checked checkFolder(List<RuleSource> sources, List<RuleSource> active, int poolSize) {
        return verifyAndCompile(sources, new ArrayList<>(), new HashMap<>(), active, poolSize);
    }

    private Checked verifyAndCompile(List<RuleSource> sources, List<Finding> findings, Map<String, List<SheetLayout>> layouts,
                                     List<RuleSource> active, int poolSize) {
        Map<String, String> ruleNames = new HashMap<>();
        Map<String, String> tableNames = new HashMap<>();
        for (RuleSource source : sources) {
            if (source.kind() == RuleSource.Kind.DRL) {
                List<String> lines = source.text().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = DRL_RULE.matcher(lines.get(i));
                    if (m.find()) {
                        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                        String where = source.path() + ", line " + (i + 1);
                        String first = ruleNames.putIfAbsent(name, where);
                        if (first != null) {
                            findings.add(new Finding(Finding.Severity.ERROR, "duplicate-name", source.path(), null, null, null, i + 1,
                                    "rule name " + name + " is used twice: here and at " + first + "; rule names must be unique"));
                        }
                    }
                }
                continue;
            }
            List<SheetLayout> sheets = layouts.get(source.path());
            if (sheets == null) {
                try {
                    sheets = WorkbookReader.read(source.content());
                } catch (IOException e) {
                    continue; // the compiler reports an unreadable workbook with its place
                }
            }
            List<SheetLayout> templateSheets = templateOrNull(source, active);
            for (SheetLayout sheet : sheets) {
                if (!sheet.ruleSet()) {
                    continue;
                }
                for (SheetLayout.Table table : sheet.tables()) {
                    String where = source.path() + ", sheet " + sheet.sheet() + ", cell " + SheetLayout.address(table.row(), table.firstCol());
                    String first = tableNames.putIfAbsent(table.name(), where);
                    if (first != null) {
                        findings.add(Finding.error("duplicate-name", source.path(), sheet.sheet(),
                                SheetLayout.address(table.row(), table.firstCol()), table.row(), "RuleTable name " + table.name()
                                        + " is used twice: here and at " + first + "; RuleTable names must be unique across workbooks"));
                    }
                    int nameCol = table.nameColumn().map(SheetLayout.Column::col).orElse(-1);
                    for (int r = table.firstDataRow(); nameCol >= 0 && r <= table.lastDataRow(); r++) {
                        String name = sheet.text(r, nameCol);
                        if (name == null || name.isBlank()) {
                            continue;
                        }
                        String cell = SheetLayout.address(r, nameCol);
                        String firstRule = ruleNames.putIfAbsent(name.strip(), source.path() + ", sheet " + sheet.sheet() + ", cell " + cell);
                        if (firstRule != null) {
                            findings.add(Finding.error("duplicate-name", source.path(), sheet.sheet(), cell, r, "rule name "
                                    + name.strip() + " is used twice: here and at " + firstRule + "; rule names must be unique"));
                        }
                    }
                    SheetLayout.Table templateTable = null;
                    SheetLayout templateSheet = null;
                    if (templateSheets != null) {
                        for (SheetLayout t : templateSheets) {
                            for (SheetLayout.Table tt : t.tables()) {
                                if (tt.name().equals(table.name())) {
                                    templateTable = tt;
                                    templateSheet = t;
                                }
                            }
                        }
                    }
                    findings.addAll(TableVerifier.verify(source.path(), sheet, table, templateTable, templateSheet));
                }
            }
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return new Checked(findings, sources, null, false);
        }
        try {
            CompiledRuleBase base = RuleBaseCompiler.compile(sources, poolSize);
            return new Checked(findings, sources, base, true);
        } catch (RuleBaseRejectedException e) {
            for (RuleProblem p : e.problems()) {
                findings.add(new Finding(Finding.Severity.ERROR, "compile", p.file(), p.sheet(), p.cell(), p.row(), p.line(), p.message()));
            }
            return new Checked(findings, sources, null, false);
        }
    }

    /** The template of a workbook: the same-named file of the shipped decision-tables/ folder, else the active one. */
    private List<SheetLayout> template(RuleSource active) {
        Path shipped = Path.of(ruleBaseConfig.tablesDir()).resolve(fileName(active.path()));
        try {
            byte[] content = Files.isRegularFile(shipped) ? Files.readAllBytes(shipped) : active.content();
            return WorkbookReader.read(content);
        } catch (IOException e) {
            throw new IllegalStateException("template " + active.path() + " unreadable", e);
        }
    }

    private List<SheetLayout> templateOrNull(RuleSource source, List<RuleSource> active) {
        return active.stream().filter(a -> a.path().equals(source.path())).findFirst().map(a -> {
            try {
                return WorkbookReader.read(a.content());
            } catch (IOException e) {
                return null;
            }
        }).orElse(null);
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
