package com.localizevideos.headroom.rulebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Loads the rule base at start and swaps it on governance decisions. At start: when the last activation was a
 * deliberate choice (an activation, rollback or reload through the rule-set API, or a resume of one) that stored
 * version is compiled again and stays active; otherwise (first start, or only start-up loads so far) the configured
 * folders are compiled, so a new release's shipped rules take effect. A rule set that does not compile stops the start.
 */
@ApplicationScoped
public class RuleBaseLoader {
    private static final Logger LOG = Logger.getLogger(RuleBaseLoader.class);

    /** Why a version became active. */
    public enum Kind { STARTUP, RESUME, ACTIVATE, ROLLBACK, RELOAD }

    @Inject
    RuleBaseConfig config;

    @Inject
    ActiveRuleBase active;

    @Inject
    RuleSetVersionService versions;

    /** A version another instance activated that does not compile here (tried once, not every few seconds). */
    private String refusedToFollow;

    void onStart(@Observes StartupEvent event) {
        CompiledRuleBase resumed = resumeChosenVersion().orElse(null);
        if (resumed != null) {
            versions.recordActivation(resumed, "startup", Kind.RESUME);
            active.activate(resumed);
            LOG.infof("Rule set %s active again (last chosen version): %d rules from %d files", resumed.version(),
                    resumed.ruleCount(), resumed.files().size());
            return;
        }
        CompiledRuleBase base = compileFolders();
        versions.recordActivation(base, "startup");
        active.activate(base);
        LOG.infof("Rule set %s active: %d rules from %d files", base.version(), base.ruleCount(), base.files().size());
    }

    /** The last deliberately chosen version, compiled; empty when there is none or it no longer compiles. */
    private Optional<CompiledRuleBase> resumeChosenVersion() {
        if (versions == null) {
            return Optional.empty(); // unit tests build the loader without a database
        }
        Optional<RuleSetActivation> last = versions.lastActivation();
        if (last.isEmpty() || Kind.STARTUP.name().equals(last.get().kind)) {
            return Optional.empty();
        }
        String version = last.get().version;
        try {
            return Optional.of(compile(versions.storedSources(version)));
        } catch (RuleBaseRejectedException e) {
            LOG.warnf("Last chosen rule set %s no longer compiles, starting from the folders instead: %s", version,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Follows activations made by other instances: when the activation log names another version than the active one,
     * that stored version is compiled and swapped in (without a new activation row). Runs every few seconds; holds the
     * same lock as {@link #activate}, so it never undoes an activation of this instance that is being committed.
     */
    @Scheduled(every = "${headroom.rulesets.follow-interval:5s}", delayed = "${headroom.rulesets.follow-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public synchronized void follow() {
        Optional<CompiledRuleBase> current = active.current();
        Optional<RuleSetActivation> last = versions.lastActivation();
        if (current.isEmpty() || last.isEmpty() || last.get().version.equals(current.get().version())
                || last.get().version.equals(refusedToFollow)) {
            return;
        }
        String version = last.get().version;
        try {
            CompiledRuleBase base = compile(versions.storedSources(version));
            active.activate(base);
            LOG.infof("Rule set %s active: activated by %s in another instance (%s)", version, last.get().activatedBy,
                    last.get().kind);
        } catch (RuleBaseRejectedException e) {
            refusedToFollow = version;
            LOG.errorf("Rule set %s, activated in another instance, does not compile here; %s stays active: %s", version,
                    current.get().version(), e.getMessage());
        }
    }

    /** Reads and compiles the configured folders, or throws with every located problem. */
    public CompiledRuleBase compileFolders() {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleSource> sources = readFolders(problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseRejectedException(problems);
        }
        return compile(sources);
    }

    /** The configured folders' files; unreadable or misnamed files are added to {@code problems}. */
    public List<RuleSource> readFolders(List<RuleProblem> problems) {
        return RuleSourceReader.read(Path.of(config.rulesDir()), Path.of(config.tablesDir()), problems);
    }

    /** Compiles sources with the configured session pool, or throws with every located problem. */
    public CompiledRuleBase compile(List<RuleSource> sources) {
        return RuleBaseCompiler.compile(sources, config.sessionPoolSize());
    }

    /**
     * Makes {@code base} the active rule base: the activation is committed first, then the reference is swapped, so
     * evaluations never see a version the database does not name as active.
     */
    public void activate(CompiledRuleBase base, String activatedBy, Kind kind) {
        activate(base, activatedBy, kind, () -> { });
    }

    /** As {@link #activate(CompiledRuleBase, String, Kind)}, writing {@code alsoRecord} in the activation's transaction. */
    public synchronized void activate(CompiledRuleBase base, String activatedBy, Kind kind, Runnable alsoRecord) {
        QuarkusTransaction.requiringNew().run(() -> {
            versions.recordActivation(base, activatedBy, kind);
            alsoRecord.run();
        });
        active.activate(base);
        LOG.infof("Rule set %s activated by %s (%s)", base.version(), activatedBy, kind);
    }
}
