package com.localizevideos.headroom.rulebase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.jboss.logging.Logger;

/** Compiles rule sources into one KieBase; every error is located at a file line or a table sheet, row and cell. */
public final class RuleBaseCompiler {
    private static final Logger LOG = Logger.getLogger(RuleBaseCompiler.class);
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private RuleBaseCompiler() {
    }

    /** Version = SHA-256 over "path:sha256" lines of the sorted files. */
    public static String versionOf(List<RuleSource> sources) {
        StringBuilder manifest = new StringBuilder();
        sources.stream().sorted(java.util.Comparator.comparing(RuleSource::path))
                .forEach(s -> manifest.append(s.path()).append(':').append(s.sha256()).append('\n'));
        return RuleSource.sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Compiles or throws {@link RuleBaseRejectedException} listing every located problem. */
    public static synchronized CompiledRuleBase compile(List<RuleSource> sources, int poolSize) {
        List<RuleProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            throw new RuleBaseRejectedException(List.of(RuleProblem.inFile("(rule set)", "no rule files found")));
        }
        String version = versionOf(sources);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("com.localizevideos.headroom", "ruleset", "0.0." + version.substring(0, 16));
        kfs.generateAndWritePomXML(releaseId);

        Map<String, RuleSource> drlByPath = new HashMap<>();
        Map<String, TranslatedSheet> sheetByPath = new HashMap<>();
        Map<String, RuleOrigin> origins = new HashMap<>();
        Map<String, RuleTableData> tables = new HashMap<>();
        for (RuleSource source : sources) {
            if (source.kind() == RuleSource.Kind.DRL) {
                String path = RESOURCES + packageFolder(packageOf(source.text())) + fileName(source.path());
                kfs.write(path, source.content());
                drlByPath.put(path, source);
                indexDrl(source, origins);
            } else {
                for (TranslatedSheet sheet : DecisionTableTranslator.translate(source, problems)) {
                    String path = RESOURCES + packageFolder(sheet.packageName()) + fileName(source.path())
                            + "." + sheet.sheet().replaceAll("[^\\w.-]", "_") + ".drl";
                    kfs.write(path, sheet.drl());
                    sheetByPath.put(path, sheet);
                    RuleTableData.of(sheet).forEach(t -> tables.put(t.name(), t));
                    sheet.rowByRule().forEach((rule, row) -> origins.put(CompiledRuleBase.key(sheet.packageName(), rule),
                            RuleOrigin.tableRow(sheet.file(), sheet.sheet(), row)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseRejectedException(problems);
        }

        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll();
        } catch (RuntimeException e) {
            throw new RuleBaseRejectedException(List.of(RuleProblem.inFile("(rule set)", "build failed: " + e.getMessage())));
        }
        for (Message message : builder.getResults().getMessages()) {
            String path = message.getPath() == null ? "" : message.getPath();
            String normalized = path.startsWith(RESOURCES) ? path : RESOURCES + path;
            RuleProblem located = locate(message, normalized, drlByPath, sheetByPath);
            if (message.getLevel() == Message.Level.ERROR) {
                problems.add(located);
            } else {
                LOG.warnf("Rule set %s: %s", version.substring(0, 12), located.located());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseRejectedException(problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        ks.getRepository().removeKieModule(releaseId);
        int ruleCount = container.getKieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        return new CompiledRuleBase(version, sources, container, poolSize, origins, ruleCount, tables);
    }

    private static RuleProblem locate(Message message, String path, Map<String, RuleSource> drls,
                                      Map<String, TranslatedSheet> sheets) {
        String text = message.getText() == null ? "" : message.getText().trim();
        TranslatedSheet sheet = sheets.get(path);
        if (sheet != null) {
            return sheet.locate(message.getLine(), text);
        }
        RuleSource drl = drls.get(path);
        if (drl != null) {
            return RuleProblem.atLine(drl.path(), message.getLine() > 0 ? Integer.valueOf(message.getLine()) : lineQuoted(drl, text), text);
        }
        return RuleProblem.inFile(path.isEmpty() ? "(rule set)" : path, text);
    }

    /** Drools reports some errors (an unknown constant) without a line: find the line holding the quoted expression. */
    private static Integer lineQuoted(RuleSource drl, String message) {
        String expression = TranslatedSheet.quotedExpression(message);
        if (expression == null) {
            return null;
        }
        List<String> lines = drl.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(expression)) {
                return i + 1;
            }
        }
        return null;
    }

    private static String packageOf(String drl) {
        return drl.lines().map(PACKAGE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("");
    }

    private static String packageFolder(String pkg) {
        return pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Records the line of every rule declared in a DRL file. */
    private static void indexDrl(RuleSource source, Map<String, RuleOrigin> origins) {
        String pkg = "";
        List<String> lines = source.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher p = PACKAGE.matcher(lines.get(i));
            Matcher r = RULE.matcher(lines.get(i));
            if (p.find()) {
                pkg = p.group(1);
            } else if (r.find()) {
                String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                origins.put(CompiledRuleBase.key(pkg, name), RuleOrigin.drl(source.path(), i + 1));
            }
        }
    }

}
