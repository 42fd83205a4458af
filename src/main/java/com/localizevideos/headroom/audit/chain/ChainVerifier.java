package com.localizevideos.headroom.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.audit.chain.ChainVerifyView.BrokenLink;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Walks the chain in pages of {@code headroom.audit.chain.verify-page-size} links (memory bounded by one page):
 * recomputes each link from its predecessor and each record's hash from the live rows through its
 * {@link ChainedRecordSource}, and stops at the first link that does not check out.
 */
@ApplicationScoped
public class ChainVerifier {
    private static final TypeReference<TreeMap<String, String>> PART_HASHES = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<ChainedRecordSource> sources;

    @Inject
    ChainConfig config;

    @Inject
    ObjectMapper json;

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "headroom.audit.chain.verify-timeout-seconds")
    public ChainVerifyView verify() {
        try (Connection c = dataSource.getConnection()) {
            long sealed = count(c, "select count(*) from audit_chain");
            long unsealed = count(c, "select count(*) from audit_pending");
            Map<String, Long> unchained = new TreeMap<>();
            for (ChainedRecordSource source : sources) {
                unchained.put(source.kind(), source.countUnchained(c));
            }
            long expectedSeq = 1;
            String prev = ChainLink.GENESIS;
            BrokenLink broken = null;
            while (broken == null) {
                List<Link> page = page(c, expectedSeq - 1);
                if (page.isEmpty()) {
                    break;
                }
                Map<String, ChainedRecord> records = load(c, page);
                for (Link link : page) {
                    broken = check(link, expectedSeq, prev, records);
                    if (broken != null) {
                        break;
                    }
                    prev = link.chainHash();
                    expectedSeq++;
                }
            }
            long verified = expectedSeq - 1;
            ChainVerifyView.Head head = verified == 0 ? null : new ChainVerifyView.Head(verified, prev);
            boolean ok = broken == null && unchained.values().stream().allMatch(n -> n == 0);
            return new ChainVerifyView(ok, sealed, verified, unsealed, unchained, head, broken);
        } catch (SQLException e) {
            throw new IllegalStateException("verifying the audit chain failed: " + e.getMessage(), e);
        }
    }

    private BrokenLink check(Link link, long expectedSeq, String prev, Map<String, ChainedRecord> records) {
        if (link.seq() != expectedSeq) {
            return new BrokenLink(expectedSeq, null, null, "LINK_MISSING", "seq", String.valueOf(expectedSeq),
                    String.valueOf(link.seq()), null, "links " + expectedSeq + " to " + (link.seq() - 1)
                    + " are missing from the chain");
        }
        if (!link.prevHash().equals(prev)) {
            return broken(link, "LINK_ALTERED", "prevHash", prev, link.prevHash(), null,
                    "the link does not point at the hash of the link before it");
        }
        String recomputed = ChainLink.hash(link.prevHash(), link.seq(), link.kind(), link.recordId(), link.recordHash());
        if (!recomputed.equals(link.chainHash())) {
            return broken(link, "LINK_ALTERED", "chainHash", recomputed, link.chainHash(), null,
                    "the link's kind, record id, record hash or chain hash was changed");
        }
        if (sourceOf(link.kind()) == null) {
            return broken(link, "UNKNOWN_KIND", "kind", null, link.kind(), null,
                    "no ChainedRecordSource reads records of kind " + link.kind());
        }
        ChainedRecord record = records.get(link.kind() + "/" + link.recordId());
        if (record == null) {
            return broken(link, "RECORD_MISSING", "recordHash", link.recordHash(), null, null,
                    link.kind() + " " + link.recordId() + " is no longer stored");
        }
        String found = record.hash();
        if (!found.equals(link.recordHash())) {
            Map<String, String> now = record.partHashes();
            List<String> changed = new ArrayList<>();
            Map<String, String> then = link.partHashes();
            if (!ChainedRecord.hashOfParts(then).equals(link.recordHash())) {
                return broken(link, "LINK_ALTERED", "partHashes", link.recordHash(), ChainedRecord.hashOfParts(then),
                        null, "the sealed part hashes were changed; the record hash differs too: " + found);
            }
            for (String part : new TreeSet<>(union(then.keySet(), now.keySet()))) {
                if (!Objects.equals(then.get(part), now.get(part))) {
                    changed.add(part);
                }
            }
            return broken(link, "RECORD_ALTERED", "recordHash", link.recordHash(), found, changed,
                    link.kind() + " " + link.recordId() + " was changed after it was sealed: " + String.join(", ", changed));
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static BrokenLink broken(Link link, String problem, String field, String expected, String found,
                                     List<String> changedParts, String detail) {
        return new BrokenLink(link.seq(), link.kind(), link.recordId(), problem, field, expected, found, changedParts,
                detail);
    }

    private List<Link> page(Connection c, long afterSeq) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select seq, kind, record_id, record_hash, part_hashes::text, prev_hash, chain_hash
                  from audit_chain where seq > ? order by seq limit ?""")) {
            s.setLong(1, afterSeq);
            s.setInt(2, config.verifyPageSize());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    links.add(new Link(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            json.readValue(r.getString(5), PART_HASHES), r.getString(6), r.getString(7)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("part hashes unreadable", e);
        }
        return links;
    }

    private Map<String, ChainedRecord> load(Connection c, List<Link> page) throws SQLException {
        Map<String, List<String>> idsByKind = new LinkedHashMap<>();
        page.forEach(l -> idsByKind.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(l.recordId()));
        Map<String, ChainedRecord> records = new HashMap<>();
        for (Map.Entry<String, List<String>> e : idsByKind.entrySet()) {
            ChainedRecordSource source = sourceOf(e.getKey());
            if (source != null) {
                source.load(c, e.getValue()).values().forEach(r -> records.put(r.kind() + "/" + r.recordId(), r));
            }
        }
        return records;
    }

    private ChainedRecordSource sourceOf(String kind) {
        for (ChainedRecordSource s : sources) {
            if (s.kind().equals(kind)) {
                return s;
            }
        }
        return null;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private record Link(long seq, String kind, String recordId, String recordHash, Map<String, String> partHashes,
                        String prevHash, String chainHash) {
    }
}
