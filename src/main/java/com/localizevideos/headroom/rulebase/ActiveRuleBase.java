package com.localizevideos.headroom.rulebase;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rule base evaluations use now; swapped atomically so in-flight evaluations finish on the old one: an evaluation
 * takes the reference once, and the replaced rule base is disposed only after {@link #RETIRE_GRACE_SECONDS}.
 */
@ApplicationScoped
public class ActiveRuleBase {
    /** How long a replaced rule base stays usable for evaluations that took it just before the swap. */
    static final long RETIRE_GRACE_SECONDS = 60;

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
            CompletableFuture.delayedExecutor(RETIRE_GRACE_SECONDS, TimeUnit.SECONDS).execute(previous::dispose);
        }
    }
}
