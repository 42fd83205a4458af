package com.localizevideos.headroom.rulebase;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The compiled rule base of any stored version, for replay: the active one when it is that version, otherwise
 * compiled from the files stored byte for byte in {@code ruleset_file} (checked against their SHA-256 and the
 * version first). The last {@code headroom.rules.replay.cache-size} compiled versions are kept; an evicted one is
 * disposed when its last user is done.
 */
@ApplicationScoped
public class RuleBaseVersions {
    private static final Logger LOG = Logger.getLogger(RuleBaseVersions.class);
    /** Replays run one at a time per version: one pooled session is enough. */
    private static final int REPLAY_POOL_SIZE = 1;

    @Inject
    ActiveRuleBase active;

    @Inject
    ReplayCacheConfig config;

    @Inject
    EntityManager em;

    private final Map<String, Entry> cache = new LinkedHashMap<>(8, 0.75f, true);

    /** A rule base in use; close it when done so an evicted version can be disposed. */
    public interface Lease extends AutoCloseable {
        CompiledRuleBase base();

        /** True when this is the active rule base; false when it was compiled from stored files. */
        boolean active();

        @Override
        void close();
    }

    /** The rule base of {@code version}, compiled from its stored files unless it is active or cached. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lease acquire(String version) {
        CompiledRuleBase current = active.current().orElse(null);
        if (current != null && current.version().equals(version)) {
            return new ActiveLease(current);
        }
        synchronized (cache) {
            Entry entry = cache.get(version);
            if (entry == null) {
                entry = new Entry(compileStored(version));
                cache.put(version, entry);
                evictBeyond(config.cacheSize());
            }
            entry.users++;
            return new CachedLease(entry);
        }
    }

    /** Versions compiled from stored files and kept now, least recently used first. */
    public List<String> cachedVersions() {
        synchronized (cache) {
            return new ArrayList<>(cache.keySet());
        }
    }

    private CompiledRuleBase compileStored(String version) {
        List<RuleSetFile> files = em.createQuery("from RuleSetFile where version = :v order by path", RuleSetFile.class)
                .setParameter("v", version).getResultList();
        if (files.isEmpty()) {
            throw new StoredVersionException("rule-set version " + version + " has no stored files");
        }
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSetFile f : files) {
            RuleSource source = RuleSource.of(f.path, f.path.endsWith(RuleSourceReader.TABLE_SUFFIX)
                    ? RuleSource.Kind.DECISION_TABLE : RuleSource.Kind.DRL, f.content);
            if (!source.sha256().equals(f.sha256)) {
                throw new StoredVersionException("stored file " + f.path + " of rule-set version " + version
                        + " no longer matches its SHA-256 " + f.sha256 + " (it hashes to " + source.sha256() + ")");
            }
            sources.add(source);
        }
        String recomputed = RuleBaseCompiler.versionOf(sources);
        if (!recomputed.equals(version)) {
            throw new StoredVersionException("the stored files of rule-set version " + version + " hash to "
                    + recomputed + ": files were added, removed or renamed");
        }
        long started = System.nanoTime();
        CompiledRuleBase base = RuleBaseCompiler.compile(sources, REPLAY_POOL_SIZE);
        LOG.infof("Rule set %s compiled from its stored files for replay in %d ms", version.substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        return base;
    }

    private void evictBeyond(int size) {
        for (Iterator<Map.Entry<String, Entry>> it = cache.entrySet().iterator(); cache.size() > Math.max(1, size)
                && it.hasNext(); ) {
            Entry evicted = it.next().getValue();
            it.remove();
            evicted.evicted = true;
            if (evicted.users == 0) {
                evicted.base.dispose();
            }
        }
    }

    private static final class Entry {
        final CompiledRuleBase base;
        int users;
        boolean evicted;

        Entry(CompiledRuleBase base) {
            this.base = base;
        }
    }

    private record ActiveLease(CompiledRuleBase base) implements Lease {
        @Override
        public boolean active() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private final class CachedLease implements Lease {
        private final Entry entry;
        private boolean closed;

        CachedLease(Entry entry) {
            this.entry = entry;
        }

        @Override
        public CompiledRuleBase base() {
            return entry.base;
        }

        @Override
        public boolean active() {
            return false;
        }

        @Override
        public void close() {
            synchronized (cache) {
                if (!closed) {
                    closed = true;
                    entry.users--;
                    if (entry.evicted && entry.users == 0) {
                        entry.base.dispose();
                    }
                }
            }
        }
    }
}
