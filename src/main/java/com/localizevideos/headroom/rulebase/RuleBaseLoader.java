package com.localizevideos.headroom.rulebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/** Loads the configured rule folders at start: a rule set that does not compile stops the start with every error. */
@ApplicationScoped
public class RuleBaseLoader {
    private static final Logger LOG = Logger.getLogger(RuleBaseLoader.class);

    @Inject
    RuleBaseConfig config;

    @Inject
    ActiveRuleBase active;

    @Inject
    RuleSetVersionService versions;

    void onStart(@Observes StartupEvent event) {
        CompiledRuleBase base = compileFolders();
        versions.recordActivation(base, "startup");
        active.activate(base);
        LOG.infof("Rule set %s active: %d rules from %d files", base.version(), base.ruleCount(), base.files().size());
    }

    /** Reads and compiles the configured folders, or throws with every located problem. */
    public CompiledRuleBase compileFolders() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> sources = RuleSourceReader.read(Path.of(config.rulesDir()), Path.of(config.tablesDir()), problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseRejectedException(problems);
        }
        return RuleBaseCompiler.compile(sources, config.sessionPoolSize());
    }
}
