package com.localizevideos.headroom.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.security.identity.SecurityIdentity;

/** Reads deliveries with their attempts, and puts dead letters back in the queue. */
@ApplicationScoped
public class DeliveryService {
    private static final String COLUMNS = """
            id, action_id, evaluation_id, account_id, status, attempts, next_attempt_at, last_status_code, last_error,
            created_at, delivered_at, dead_at, retried_at, retried_by, payload::text as payload
            """;
    private static final String ATTEMPTS = """
            select delivery_id, attempt, started_at, finished_at, status_code, error, worker
              from delivery_attempt where delivery_id = any (?) order by delivery_id, attempt
            """;

    @Inject
    DataSource dataSource;

    @Inject
    DeliveryStore store;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    /** Deliveries, newest first, optionally of one status and one account. */
    public DeliveryPageView search(DeliveryStatus status, String accountId, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        if (accountId != null) {
            where.append(" and account_id = ?");
            args.add(accountId);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from delivery" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(size);
            pageArgs.add((long) page * size);
            List<DeliveryView> items = read(c, "select " + COLUMNS + " from delivery" + where
                    + " order by created_at desc, id desc limit ? offset ?", pageArgs);
            return new DeliveryPageView(page, size, total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read deliveries", e);
        }
    }

    /** One delivery with its attempts. */
    public Optional<DeliveryView> find(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, "select " + COLUMNS + " from delivery where id = ?", List.of(id)).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read delivery " + id, e);
        }
    }

    /** Queues a dead letter again with a fresh round of attempts; 404 when unknown, 409 when it is not dead. */
    public DeliveryView retry(UUID id) {
        if (!store.retry(id, Principals.nameOf(identity))) {
            DeliveryView current = find(id).orElseThrow(
                    () -> new ProblemException(Problem.ofStatus(404, "Delivery " + id + " is not known.")));
            throw new ProblemException("not-a-dead-letter", "Not a dead letter", 409, "Delivery " + id + " is "
                    + current.status() + "; only a DEAD delivery can be retried", List.of());
        }
        return find(id).orElseThrow();
    }

    private List<DeliveryView> read(Connection c, String sql, List<Object> args) throws SQLException {
        Map<UUID, DeliveryView> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    rows.put(id, new DeliveryView(id, rs.getObject("action_id", UUID.class),
                            rs.getObject("evaluation_id", UUID.class), rs.getString("account_id"), rs.getString("status"),
                            rs.getInt("attempts"),
                            DeliveryStatus.PENDING.name().equals(rs.getString("status")) ? instant(rs, "next_attempt_at") : null, (Integer) rs.getObject("last_status_code"),
                            rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at"),
                            instant(rs, "dead_at"), instant(rs, "retried_at"), rs.getString("retried_by"),
                            parse(rs.getString("payload")), new ArrayList<>()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement(ATTEMPTS)) {
            ps.setArray(1, c.createArrayOf("uuid", rows.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.get(rs.getObject("delivery_id", UUID.class)).attempts().add(new DeliveryView.AttemptView(
                            rs.getInt("attempt"), instant(rs, "started_at"), instant(rs, "finished_at"),
                            (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getString("worker")));
                }
            }
        }
        return List.copyOf(rows.values());
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

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored delivery body is not JSON", e);
        }
    }
}
