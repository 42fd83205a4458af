package com.localizevideos.headroom.rulebase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Test helper: activates a rule set with one file's text changed, and puts the shipped folders back. */
@ApplicationScoped
public class RuleBaseSwitch {
    @Inject
    ActiveRuleBase active;

    @Inject
    RuleSetVersionService versions;

    @Inject
    RuleBaseLoader loader;

    @Inject
    RuleBaseConfig config;

    /** Compiles the shipped folders with {@code path}'s text edited, records and activates it; answers its version. */
    public String activateEdited(String path, UnaryOperator<String> edit) {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : RuleSourceReader.read(Path.of(config.rulesDir()), Path.of(config.tablesDir()), problems)) {
            sources.add(s.path().equals(path)
                    ? RuleSource.of(s.path(), s.kind(), edit.apply(s.text()).getBytes(StandardCharsets.UTF_8)) : s);
        }
        CompiledRuleBase base = RuleBaseCompiler.compile(sources, 2);
        versions.recordActivation(base, "test");
        active.activate(base);
        return base.version();
    }

    /** Compiles and activates the shipped folders again. */
    public String restoreShipped() {
        CompiledRuleBase base = loader.compileFolders();
        versions.recordActivation(base, "test");
        active.activate(base);
        return base.version();
    }
}
