package com.localizevideos.headroom.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.EvaluationRepository;
import com.localizevideos.headroom.evaluation.FiredRuleRecord;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Reads the rule-firing audit log. It offers no way to change it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {
    @Inject
    EvaluationRepository evaluations;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public AuditPageView search(AuditQuery q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.accountId() != null) {
            where.append(" and accountId = :accountId");
            params.put("accountId", q.accountId());
        }
        if (q.rulesetVersion() != null) {
            where.append(" and rulesetVersion = :version");
            params.put("version", q.rulesetVersion());
        }
        if (q.from() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and createdAt < :to");
            params.put("to", q.to());
        }
        if (q.rule() != null) {
            where.append(" and id in (select f.evaluationId from FiredRuleRecord f where f.ruleName = :rule)");
            params.put("rule", q.rule());
        }
        var query = evaluations.find(where.toString(), Sort.descending("createdAt").and("id"), params)
                .page(Page.of(q.page(), q.size()));
        List<AuditPageView.Item> items = query.list().stream()
                .map(e -> new AuditPageView.Item(e.id, e.accountId, e.asOf, e.createdAt, e.rulesetVersion, e.score, e.tier,
                        e.principal))
                .toList();
        return new AuditPageView(q.page(), q.size(), query.count(), items);
    }

    public Optional<AuditRecordView> find(UUID id) {
        return evaluations.findByIdOptional(id).map(this::toRecord);
    }

    private AuditRecordView toRecord(Evaluation e) {
        List<AuditRecordView.FiredRuleItem> fired = em.createQuery(
                        "from FiredRuleRecord where evaluationId = :id order by ordinal", FiredRuleRecord.class)
                .setParameter("id", e.id).getResultList().stream()
                .map(f -> new AuditRecordView.FiredRuleItem(f.ordinal, f.ruleName, f.rulePackage, f.file, f.sheet,
                        f.rowNumber, f.lineNumber))
                .toList();
        return new AuditRecordView(e.id, e.accountId, e.asOf, e.createdAt, e.rulesetVersion, e.principal, read(e.facts), fired,
                read(e.decision));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored JSON unreadable", ex);
        }
    }
}
