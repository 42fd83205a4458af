package com.localizevideos.headroom.rulebase;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records each loaded rule-set version with its files, and each activation. */
@ApplicationScoped
@Transactional
public class RuleSetVersionService {
    @Inject
    RuleSetVersionRepository versions;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores the version and its files unless already known, then logs the activation. */
    public void recordActivation(CompiledRuleBase base, String activatedBy) {
        Instant now = clock.instant();
        if (versions.findByIdOptional(base.version()).isEmpty()) {
            RuleSetVersion version = new RuleSetVersion();
            version.version = base.version();
            version.firstLoadedAt = now;
            version.ruleCount = base.ruleCount();
            version.fileCount = base.files().size();
            versions.persist(version);
            for (RuleSource source : base.files()) {
                RuleSetFile file = new RuleSetFile();
                file.version = base.version();
                file.path = source.path();
                file.sha256 = source.sha256();
                file.sizeBytes = source.content().length;
                file.content = source.content();
                em.persist(file);
            }
        }
        RuleSetActivation activation = new RuleSetActivation();
        activation.version = base.version();
        activation.activatedAt = now;
        activation.activatedBy = activatedBy;
        em.persist(activation);
    }
}
