package com.localizevideos.headroom.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.PriorAction;

/**
 * The snapshot's facts for triggering: the CSM, the latest CSAT, the usage trend (churn risk), the next plan's limits
 * (content), and the human-channel actions already started (contact caps), all point in time at {@code asOf}.
 */
final class TriggerFactsQuery {
    /** How far back actions already started are read; a contact cap's window cannot be longer. */
    static final Duration HISTORY = Duration.ofDays(365);

    private static final NamedSql CUSTOMER = new NamedSql("""
            select a.owner, csat.value as csat, csat.observed_at as csat_at,
                   coalesce((select sum(o.value) from observation o where o.account_id = a.id
                              and o.metric = 'video_minutes' and o.observed_at > :d30 and o.observed_at <= :asOf), 0) as m30,
                   coalesce((select sum(o.value) from observation o where o.account_id = a.id
                              and o.metric = 'video_minutes' and o.observed_at > :d60 and o.observed_at <= :d30), 0) as m_prev30,
                   n.minutes_quota, n.languages_limit, n.seats_included
              from account a
              left join lateral (select o.value, o.observed_at from observation o
                                  where o.account_id = a.id and o.metric = 'csat' and o.observed_at <= :asOf
                                  order by o.observed_at desc limit 1) csat on true
              left join plan n on n.code = :nextPlan
             where a.id = :account
            """);

    /** Human actions of decisions as of the year up to asOf (held-out ones reached nobody, so they never count); created_at (never before its as_of) narrows the index range. */
    private static final NamedSql PRIOR_ACTIONS = new NamedSql("""
            select x.playbook, x.channel, e.as_of
              from expansion_action x join evaluation e on e.id = x.evaluation_id
             where x.account_id = :account and x.created_at > :createdFrom and x.channel <> 'AUTOMATED' and not x.held_out
               and e.as_of > :historyFrom and e.as_of <= :asOf
             order by e.as_of, x.id
            """);

    private TriggerFactsQuery() {
    }

    static void load(Connection c, String accountId, Instant asOf, AccountSnapshot s) throws SQLException {
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        params.put("asOf", asOf);
        params.put("d30", asOf.minus(Duration.ofDays(30)));
        params.put("d60", asOf.minus(Duration.ofDays(60)));
        params.put("nextPlan", s.getNextPlan());
        params.put("historyFrom", asOf.minus(HISTORY));
        params.put("createdFrom", asOf.minus(HISTORY).minus(Duration.ofDays(1)));
        try (PreparedStatement ps = CUSTOMER.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                s.setOwner(rs.getString("owner"));
                double csat = rs.getDouble("csat");
                if (!rs.wasNull()) {
                    s.setLatestCsat(csat);
                    OffsetDateTime at = rs.getObject("csat_at", OffsetDateTime.class);
                    s.setDaysSinceLatestCsat((int) Duration.between(at.toInstant(), asOf).toDays());
                }
                s.setMinutes30d(rs.getDouble("m30"));
                s.setMinutesPrev30d(rs.getDouble("m_prev30"));
                s.setNextPlanMinutesQuota(rs.getObject("minutes_quota", Integer.class));
                s.setNextPlanLanguagesLimit(rs.getObject("languages_limit", Integer.class));
                s.setNextPlanSeatsIncluded(rs.getObject("seats_included", Integer.class));
            }
        }
        List<PriorAction> prior = new ArrayList<>();
        try (PreparedStatement ps = PRIOR_ACTIONS.prepare(c, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Instant at = rs.getObject("as_of", OffsetDateTime.class).toInstant();
                prior.add(new PriorAction(Playbook.valueOf(rs.getString("playbook")), Channel.valueOf(rs.getString("channel")),
                        (int) Duration.between(at, asOf).toDays()));
            }
        }
        s.setRecentActions(prior);
    }
}
