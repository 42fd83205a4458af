package com.localizevideos.headroom.rulebase;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the rule files live and how sessions are pooled. */
@ConfigMapping(prefix = "headroom.rules")
public interface RuleBaseConfig {

    /** Folder of DRL files; every {@code *.drl} in it is compiled. */
    @WithDefault("rules")
    String rulesDir();

    /** Folder of decision tables; every {@code *.drl.xlsx} in it is compiled. */
    @WithDefault("decision-tables")
    String tablesDir();

    /** Sessions kept ready per rule base. */
    @WithDefault("8")
    int sessionPoolSize();

    /** An evaluation that fires more rules than this is stopped as a rule loop. */
    @WithDefault("10000")
    int maxRuleFirings();
}
