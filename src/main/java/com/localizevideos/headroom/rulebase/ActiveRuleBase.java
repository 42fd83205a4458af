package com.localizevideos.headroom.rulebase;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/** The rule base evaluations use now; swapped atomically so in-flight evaluations finish on the old one. */
@ApplicationScoped
public class ActiveRuleBase {
    private final AtomicReference<CompiledRuleBase> current = new AtomicReference<>();

    public Optional<CompiledRuleBase> current() {
        return Optional.ofNullable(current.get());
    }

    /** The active rule base, or an exception when none has been loaded yet. */
    public CompiledRuleBase require() {
        CompiledRuleBase base = current.get();
        if (base == null) {
            throw new IllegalStateException("no rule base is active");
        }
        return base;
    }

    void activate(CompiledRuleBase next) {
        CompiledRuleBase previous = current.getAndSet(next);
        if (previous != null && previous != next) {
            previous.dispose();
        }
    }
}
