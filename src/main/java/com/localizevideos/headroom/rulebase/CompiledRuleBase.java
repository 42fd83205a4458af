package com.localizevideos.headroom.rulebase;

import java.util.List;
import java.util.Map;

import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

/** A compiled rule-set version: its files, a pool of ready sessions and the origin of every rule. */
public final class CompiledRuleBase {
    private final String version;
    private final List<RuleSource> files;
    private final KieContainer container;
    private final KieContainerSessionsPool pool;
    private final Map<String, RuleOrigin> origins;
    private final int ruleCount;

    CompiledRuleBase(String version, List<RuleSource> files, KieContainer container, int poolSize,
                     Map<String, RuleOrigin> origins, int ruleCount) {
        this.version = version;
        this.files = List.copyOf(files);
        this.container = container;
        this.pool = container.newKieSessionsPool(poolSize);
        this.origins = Map.copyOf(origins);
        this.ruleCount = ruleCount;
    }

    /** SHA-256 over the files' paths and hashes. */
    public String version() {
        return version;
    }

    public List<RuleSource> files() {
        return files;
    }

    public int ruleCount() {
        return ruleCount;
    }

    /** A session from the pool; {@code dispose()} returns it. */
    public KieSession newSession() {
        return pool.newKieSession();
    }

    /** Where the rule was written, or an origin naming only the package when unknown. */
    public RuleOrigin originOf(String packageName, String ruleName) {
        RuleOrigin origin = origins.get(key(packageName, ruleName));
        return origin != null ? origin : new RuleOrigin(packageName, null, null, null);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    void dispose() {
        pool.shutdown();
        container.dispose();
    }
}
