package com.localizevideos.headroom.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * The chain's sequencer: appends queued audit records to {@code audit_chain} in order, one sealer at a time across
 * instances (a transaction-scoped advisory lock), so writers never wait for the chain. Runs every
 * {@code headroom.audit.chain.seal-every} ({@code off} in tests, which call {@link #sealAll()} themselves).
 */
@ApplicationScoped
public class ChainSealer {
    private static final Logger LOG = Logger.getLogger(ChainSealer.class);
    /** Advisory lock key of the sealer ("chain" in ASCII). */
    static final long LOCK_KEY = 0x636861696EL;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<ChainedRecordSource> sources;

    @Inject
    ChainConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ChainSealer self;

    @Scheduled(every = "${headroom.audit.chain.seal-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "audit-chain-sealer")
    void tick() {
        int sealed = seal(false);
        if (sealed > 0) {
            LOG.debugf("Audit chain: %d record(s) sealed", sealed);
        }
    }

    /**
     * Seals everything queued, page by page, waiting for a sealer running elsewhere to finish first; answers how many
     * queue entries it took. The main job and tests call it.
     */
    public int sealAll() {
        return seal(true);
    }

    private int seal(boolean wait) {
        int total = 0;
        long after = 0;
        while (true) {
            Page page = self.sealPage(after, wait);
            if (page == null || page.read() == 0) {
                return total;
            }
            total += page.taken();
            after = page.lastId();
        }
    }

    /** What one page did: queue entries read, taken off the queue, and the last entry id read. */
    public record Page(int read, int taken, long lastId) {
    }

    /**
     * Seals the queued records after queue entry {@code afterId}, one page in one transaction; null when another
     * sealer holds the lock and {@code wait} is false. A queued record that is no longer stored stays queued (verify
     * counts it as unsealed); a record queued again after it was sealed is taken off the queue.
     */
    @Transactional
    public Page sealPage(long afterId, boolean wait) {
        try (Connection c = dataSource.getConnection()) {
            if (!lock(c, wait)) {
                return null;
            }
            List<Pending> pending = pending(c, afterId);
            if (pending.isEmpty()) {
                return new Page(0, 0, afterId);
            }
            Map<String, ChainedRecord> records = load(c, pending);
            long seq;
            String prev;
            try (PreparedStatement s = c.prepareStatement(
                    "select seq, chain_hash from audit_chain order by seq desc limit 1");
                 ResultSet r = s.executeQuery()) {
                seq = r.next() ? r.getLong(1) : 0;
                prev = seq == 0 ? ChainLink.GENESIS : r.getString(2);
            }
            Timestamp now = Timestamp.from(clock.instant());
            List<Long> done = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into audit_chain (seq, kind, record_id, record_hash, part_hashes, prev_hash, chain_hash, sealed_at)
                    values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")) {
                Set<String> chained = new HashSet<>();
                for (Pending p : pending) {
                    if (p.chained() || !chained.add(p.kind() + "/" + p.recordId())) {
                        done.add(p.id()); // queued again (a row put back by hand): it is in the chain already
                        continue;
                    }
                    ChainedRecord record = records.get(p.kind() + "/" + p.recordId());
                    if (record == null) {
                        LOG.warnf("Audit chain: queued %s %s is not stored (or has no source); left unsealed",
                                p.kind(), p.recordId());
                        continue;
                    }
                    seq++;
                    String recordHash = record.hash();
                    String link = ChainLink.hash(prev, seq, p.kind(), p.recordId(), recordHash);
                    insert.setLong(1, seq);
                    insert.setString(2, p.kind());
                    insert.setString(3, p.recordId());
                    insert.setString(4, recordHash);
                    insert.setString(5, json.writeValueAsString(record.partHashes()));
                    insert.setString(6, prev);
                    insert.setString(7, link);
                    insert.setTimestamp(8, now);
                    insert.addBatch();
                    prev = link;
                    done.add(p.id());
                }
                insert.executeBatch();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from audit_pending where id = any(?)")) {
                delete.setArray(1, c.createArrayOf("bigint", done.toArray()));
                delete.executeUpdate();
            }
            return new Page(pending.size(), done.size(), pending.get(pending.size() - 1).id());
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("sealing the audit chain failed: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the sealer's lock for this transaction, and plans the page's statements with their own parameters
     * ({@code plan_cache_mode}, as evaluations do): a generic plan cached while the tables were small slowed sealing
     * after a bulk load.
     */
    private static boolean lock(Connection c, boolean wait) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(wait
                ? "select true from pg_advisory_xact_lock(?), set_config('plan_cache_mode', 'force_custom_plan', true)"
                : "select pg_try_advisory_xact_lock(?) from set_config('plan_cache_mode', 'force_custom_plan', true)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private List<Pending> pending(Connection c, long afterId) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select p.id, p.kind, p.record_id, exists (select 1 from audit_chain c where c.kind = p.kind"
                        + " and c.record_id = p.record_id) from audit_pending p where p.id > ? order by p.id limit ?")) {
            s.setLong(1, afterId);
            s.setInt(2, config.sealPageSize());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pending.add(new Pending(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4)));
                }
            }
        }
        return pending;
    }

    /** The canonical records of a page, by "kind/id", each kind read by its source in one go. */
    private Map<String, ChainedRecord> load(Connection c, List<Pending> pending) throws SQLException {
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        pending.forEach(p -> idsByKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.recordId()));
        Map<String, ChainedRecord> records = new HashMap<>();
        for (Map.Entry<String, List<String>> e : idsByKind.entrySet()) {
            ChainedRecordSource source = sourceOf(e.getKey());
            if (source != null) {
                for (ChainedRecord r : source.load(c, e.getValue()).values()) {
                    records.put(r.kind() + "/" + r.recordId(), r);
                }
            }
        }
        return records;
    }

    ChainedRecordSource sourceOf(String kind) {
        for (ChainedRecordSource s : sources) {
            if (s.kind().equals(kind)) {
                return s;
            }
        }
        return null;
    }

    private record Pending(long id, String kind, String recordId, boolean chained) {
    }
}
