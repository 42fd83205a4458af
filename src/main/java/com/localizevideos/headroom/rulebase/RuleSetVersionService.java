package com.localizevideos.headroom.rulebase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records each loaded rule-set version with its files, and each activation; reads stored versions back. */
@ApplicationScoped
@Transactional
public class RuleSetVersionService {
    @Inject
    RuleSetVersionRepository versions;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores the version and its files unless already known, then logs a start-up activation. */
    public void recordActivation(CompiledRuleBase base, String activatedBy) {
        recordActivation(base, activatedBy, RuleBaseLoader.Kind.STARTUP);
    }

    /** Stores the version and its files unless already known, then logs the activation and why it happened. */
    public void recordActivation(CompiledRuleBase base, String activatedBy, RuleBaseLoader.Kind kind) {
        store(base);
        RuleSetActivation activation = new RuleSetActivation();
        activation.version = base.version();
        activation.activatedAt = clock.instant();
        activation.activatedBy = activatedBy;
        activation.kind = kind.name();
        em.persist(activation);
    }

    /** Stores the version and its files byte for byte unless already known (a draft is stored before any activation). */
    public void store(CompiledRuleBase base) {
        if (versions.findByIdOptional(base.version()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
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
        em.flush();
    }

    /** The files of a stored version, sorted by path; empty when the version is not known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSource> storedSources(String version) {
        return em.createQuery("from RuleSetFile where version = :v order by path", RuleSetFile.class)
                .setParameter("v", version).getResultList().stream()
                .map(f -> new RuleSource(f.path, f.path.endsWith(".drl") ? RuleSource.Kind.DRL : RuleSource.Kind.DECISION_TABLE,
                        f.content, f.sha256))
                .toList();
    }

    /** The latest activation of any version, in this or another instance. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RuleSetActivation> lastActivation() {
        return em.createQuery("from RuleSetActivation order by id desc", RuleSetActivation.class).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
