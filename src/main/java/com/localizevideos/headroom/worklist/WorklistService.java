package com.localizevideos.headroom.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.fact.Channel;

/** Reads started actions with their latest recorded response, for the CS worklist. */
@ApplicationScoped
public class WorklistService {
    /** Each action with its latest outcome (by response time, then recording time), or none. */
    private static final String FROM = """
             from expansion_action a
             join account acc on acc.id = a.account_id
             left join lateral (select o.response, o.responded_at from action_outcome o where o.action_id = a.id
                                 order by o.responded_at desc, o.recorded_at desc limit 1) o on true
            """;
    private static final String COLUMNS = """
            select a.id, a.account_id, acc.name, a.playbook, a.channel, a.owner, a.reason, a.rule_name, a.evaluation_id,
                   a.created_at, coalesce(o.response, 'OPEN') as status, o.responded_at
            """;

    @Inject
    DataSource dataSource;

    public WorklistPageView search(WorklistQuery q) {
        // held-out actions were never started for real ("would have acted"): nobody works them
        StringBuilder where = new StringBuilder(" where not a.held_out");
        List<Object> args = new ArrayList<>();
        if (q.owner() != null) {
            where.append(" and a.owner = ?");
            args.add(q.owner());
        }
        if (q.channel() != null) {
            where.append(" and a.channel = ?");
            args.add(q.channel().name());
        }
        if (WorklistQuery.HUMAN.equals(q.contact())) {
            where.append(" and a.channel <> ?");
            args.add(Channel.AUTOMATED.name());
        } else if (WorklistQuery.AUTOMATED.equals(q.contact())) {
            where.append(" and a.channel = ?");
            args.add(Channel.AUTOMATED.name());
        }
        if (q.accountId() != null) {
            where.append(" and a.account_id = ?");
            args.add(q.accountId());
        }
        if (q.status() == ActionStatus.OPEN) {
            where.append(" and o.response is null");
        } else if (q.status() != null) {
            where.append(" and o.response = ?");
            args.add(q.status().name());
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + FROM + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<WorklistPageView.Item> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + FROM + where
                    + " order by a.created_at desc, a.id desc limit ? offset ?")) {
                List<Object> pageArgs = new ArrayList<>(args);
                pageArgs.add(q.size());
                pageArgs.add((long) q.page() * q.size());
                bind(ps, pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new WorklistPageView.Item(rs.getObject("id", UUID.class), rs.getString("account_id"),
                                rs.getString("name"), rs.getString("playbook"), rs.getString("channel"),
                                rs.getString("owner"), rs.getString("reason"), rs.getString("rule_name"),
                                rs.getObject("evaluation_id", UUID.class), instant(rs, "created_at"),
                                rs.getString("status"), instant(rs, "responded_at")));
                    }
                }
            }
            return new WorklistPageView(q.page(), q.size(), total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the worklist", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
