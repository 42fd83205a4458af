package com.localizevideos.headroom.rulebase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/** A compiled rule-set version: its files, a pool of ready sessions and the origin of every rule. */
public final class CompiledRuleBase {
    private final String version;
    private final List<RuleSource> files;
    private final KieContainer container;
    private final KieSessionsPool pool;
    private final KieSessionConfiguration sessionConfiguration;
    private final Map<String, Map<String, RuleOrigin>> origins;
    private final int ruleCount;
    private final Map<String, RuleTableData> tables;

    CompiledRuleBase(String version, List<RuleSource> files, KieContainer container, int poolSize,
                     Map<String, RuleOrigin> origins, int ruleCount, Map<String, RuleTableData> tables) {
        KieServices ks = KieServices.Factory.get();
        this.version = version;
        this.files = List.copyOf(files);
        this.container = container;
        this.pool = container.getKieBase().newKieSessionsPool(poolSize);
        this.sessionConfiguration = ks.newKieSessionConfiguration();
        this.sessionConfiguration.setOption(ThreadSafeOption.NO);
        this.origins = byPackage(origins);
        this.ruleCount = ruleCount;
        this.tables = Map.copyOf(tables);
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

    /**
     * A session from the pool; {@code dispose()} resets it and returns it. A session serves one evaluation on one
     * thread, so it is created without the thread-safe propagation queue and entry-point locks (ThreadSafeOption.NO).
     */
    public KieSession newSession() {
        return pool.newKieSession(sessionConfiguration);
    }

    /** A decision table's columns and data rows by its RuleTable name (unique across workbooks). */
    public java.util.Optional<RuleTableData> table(String name) {
        return java.util.Optional.ofNullable(tables.get(name));
    }

    /** Where the rule was written, or an origin naming only the package when unknown. */
    public RuleOrigin originOf(String packageName, String ruleName) {
        Map<String, RuleOrigin> rules = origins.get(packageName);
        RuleOrigin origin = rules == null ? null : rules.get(ruleName);
        return origin != null ? origin : new RuleOrigin(packageName, null, null, null);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /** Origins by package, then rule name: a firing is looked up with the rule's own strings, whose hashes are cached. */
    private static Map<String, Map<String, RuleOrigin>> byPackage(Map<String, RuleOrigin> origins) {
        Map<String, Map<String, RuleOrigin>> byPackage = new HashMap<>();
        origins.forEach((key, origin) -> {
            int slash = key.indexOf('/');
            byPackage.computeIfAbsent(key.substring(0, slash), p -> new HashMap<>()).put(key.substring(slash + 1), origin);
        });
        byPackage.replaceAll((p, rules) -> Map.copyOf(rules));
        return Map.copyOf(byPackage);
    }

    /** Releases the session pool and the container; only for a rule base that is not (or no longer) active. */
    public void dispose() {
        pool.shutdown();
        container.dispose();
    }
}
