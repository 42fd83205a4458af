package com.localizevideos.headroom.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;

/**
 * The reads behind the account pages, paged and filtered in PostgreSQL so they stay fast at 100,000 accounts: the
 * directory looks up each listed account's latest evaluation by index (one per row of the page), never all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardReadService {
    /** Sort keys of the directory and their ORDER BY (both backed by an index, V15). */
    static final Map<String, String> SORTS = Map.of("name", "a.name, a.id", "arr", "a.arr desc, a.id");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public AccountSummaryView directory(String search, String plan, String tier, String sort, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (search != null) {
            where.append(" and (a.id ilike :pattern or a.name ilike :pattern)");
            params.put("pattern", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (plan != null) {
            where.append(" and a.plan = :plan");
            params.put("plan", plan);
        }
        if (tier != null) {
            where.append(" and e.tier = :tier");
            params.put("tier", tier);
        }
        String latest = " left join lateral (select x.id, x.score, x.tier, x.as_of from evaluation x"
                + " where x.account_id = a.id order by x.created_at desc limit 1) e on true";
        String from = " from account a" + latest;
        String order = " order by " + SORTS.get(sort);
        String columns = "select a.id, a.name, a.plan, a.arr, a.segment, a.region, a.owner, a.renewal_date,"
                + " e.id as evaluation_id, e.score, e.tier, e.as_of";
        // Without a tier filter the page of accounts is cut first (by index) and only its rows look up their latest
        // evaluation; with one, every candidate account needs its latest tier.
        Query rows = em.createNativeQuery(tier == null
                ? columns + " from (select * from account a" + where + order + " limit :limit offset :offset) a" + latest
                        + order
                : columns + from + where + order + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*)" + (tier == null ? " from account a" : from) + where);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<AccountSummaryView.Item> items = ((List<Object[]>) rows.getResultList()).stream()
                .map(r -> new AccountSummaryView.Item((String) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        (String) r[4], (String) r[5], (String) r[6], date(r[7]), (UUID) r[8],
                        r[9] == null ? null : ((Number) r[9]).intValue(), (String) r[10], instant(r[11])))
                .toList();
        return new AccountSummaryView(page, size, ((Number) count.getSingleResult()).longValue(), items);
    }

    /** A 404 problem unless the account exists. */
    public void requireAccount(String accountId) {
        if (em.createNativeQuery("select 1 from account where id = :id").setParameter("id", accountId).getResultList()
                .isEmpty()) {
            throw new ProblemException(Problem.ofStatus(404, "Account " + accountId + " is not known."));
        }
    }

    public AccountHistoryView.Evaluations evaluations(String accountId, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("select id, as_of, created_at, ruleset_version, score, tier,"
                        + " cast(decision as text) from evaluation where account_id = :id"
                        + " order by created_at desc, id limit :limit offset :offset")
                .setParameter("id", accountId).setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from evaluation where account_id = :id")
                .setParameter("id", accountId).getSingleResult()).longValue();
        return new AccountHistoryView.Evaluations(accountId, page, size, total, rows.stream()
                .map(r -> new AccountHistoryView.EvaluationItem((UUID) r[0], instant(r[1]), instant(r[2]), (String) r[3],
                        ((Number) r[4]).intValue(), (String) r[5], read((String) r[6])))
                .toList());
    }

    public List<AccountHistoryView.Outcome> outcomes(String accountId, int limit) {
        List<Object[]> rows = em.createNativeQuery("select o.id, o.action_id, x.evaluation_id, x.playbook, x.channel,"
                        + " x.rule_name, o.response, o.arr_delta, o.reason, o.responded_at, o.recorded_at, o.principal"
                        + " from action_outcome o join expansion_action x on x.id = o.action_id"
                        + " where o.account_id = :id order by o.responded_at desc, o.id limit :limit")
                .setParameter("id", accountId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new AccountHistoryView.Outcome((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (String) r[8],
                instant(r[9]), instant(r[10]), (String) r[11])).toList();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision unreadable", e);
        }
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
