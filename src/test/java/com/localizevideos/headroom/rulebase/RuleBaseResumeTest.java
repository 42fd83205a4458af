package com.localizevideos.headroom.rulebase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** After a restart, the last deliberately activated version is active again, not the folders. */
@QuarkusTest
class RuleBaseResumeTest {
    @Inject
    RuleBaseLoader loader;

    @Inject
    ActiveRuleBase active;

    @Inject
    RuleSetVersionService versions;

    @Test
    void aRestartResumesTheLastChosenVersion() {
        CompiledRuleBase shipped = active.require();
        List<RuleSource> sources = new ArrayList<>(shipped.files());
        sources.add(RuleSource.of("rules/zz-note.drl", RuleSource.Kind.DRL,
                "package com.localizevideos.headroom.rules.note;\n// an empty rule file\n".getBytes(StandardCharsets.UTF_8)));
        CompiledRuleBase chosen = loader.compile(sources);
        try {
            loader.activate(chosen, "test", RuleBaseLoader.Kind.ACTIVATE);
            loader.onStart(null);   // what a restart runs
            assertEquals(chosen.version(), active.require().version());
            assertEquals("RESUME", versions.lastActivation().orElseThrow().kind);
        } finally {
            loader.activate(loader.compile(shipped.files()), "test", RuleBaseLoader.Kind.ROLLBACK);
        }
        assertEquals(shipped.version(), active.require().version());
    }

    @Test
    void anActivationByAnotherInstanceIsFollowed() {
        CompiledRuleBase shipped = active.require();
        List<RuleSource> sources = new ArrayList<>(shipped.files());
        sources.add(RuleSource.of("rules/zz-other.drl", RuleSource.Kind.DRL,
                "package com.localizevideos.headroom.rules.other;\n// activated elsewhere\n".getBytes(StandardCharsets.UTF_8)));
        CompiledRuleBase elsewhere = loader.compile(sources);
        try {
            versions.recordActivation(elsewhere, "another-instance", RuleBaseLoader.Kind.ACTIVATE); // only the database knows
            assertEquals(shipped.version(), active.require().version());
            loader.follow();
            assertEquals(elsewhere.version(), active.require().version());
        } finally {
            elsewhere.dispose();
            loader.activate(loader.compile(shipped.files()), "test", RuleBaseLoader.Kind.ROLLBACK);
        }
        assertEquals(shipped.version(), active.require().version());
    }
}
