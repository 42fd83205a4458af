package com.localizevideos.headroom.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores calibrations and their activations (tables {@code calibration}, {@code calibration_activation}); the latest
 * activation names the active one. Calibrations never change, so each is parsed once and kept by version.
 */
@ApplicationScoped
public class CalibrationStore {
    private static final String COLUMNS = """
            c.version, c.method, c.parameters::text as parameters, c.fitted_at, c.fitted_by, c.training_from,
            c.training_to, c.segment, c.n, c.positives, c.brier, c.held_out_n, c.held_out_brier, c.compared_version,
            c.compared_brier, c.reliability::text as reliability, c.time_to_expansion::text as time_to_expansion, c.notes,
            (select version from calibration_activation order by id desc limit 1) = c.version as active,
            l.activated_at, l.activated_by, l.reason
            """;
    private static final String FROM = """
              from calibration c
              left join lateral (select activated_at, activated_by, reason from calibration_activation a
                                  where a.version = c.version order by a.id desc limit 1) l on true
            """;
    private static final String ACTIVE_VERSION = "select version from calibration_activation order by id desc limit 1";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    CalibrationConfig config;

    private final Map<String, Calibration> parsed = new ConcurrentHashMap<>();

    /** The active version as last read, and when (System.nanoTime()). */
    private record ActiveRead(String version, long readAt) {
    }

    private final AtomicReference<ActiveRead> activeRead = new AtomicReference<>();

    /**
     * The active calibration. The latest activation is re-read when the last read is older than
     * {@code headroom.calibration.active-cache-millis} (an activation on this instance is seen at once; on another
     * instance within that time); the calibration itself comes from memory.
     */
    public Calibration active() {
        ActiveRead last = activeRead.get();
        long now = System.nanoTime();
        if (last == null || now - last.readAt() > config.activeCacheMillis() * 1_000_000L) {
            last = new ActiveRead(readActiveVersion(), now);
            activeRead.set(last);
        }
        return calibration(last.version()).orElseThrow();
    }

    private String readActiveVersion() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ACTIVE_VERSION);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no calibration is active; migration V8 activates " + Calibration.PRIOR_VERSION);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the active calibration", e);
        }
    }

    /** The calibration of a version, for scoring. */
    public Optional<Calibration> calibration(String version) {
        Calibration known = parsed.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CalibrationView> view = find(version);
        view.ifPresent(v -> parsed.put(version, toCalibration(v)));
        return view.map(v -> parsed.get(version));
    }

    public Optional<CalibrationView> find(String version) {
        List<CalibrationView> found = query("select " + COLUMNS + FROM + " where c.version = ?", version);
        return found.stream().findFirst();
    }

    /** Every calibration, newest first. */
    public List<CalibrationView> list() {
        return query("select " + COLUMNS + FROM + " order by c.fitted_at desc, c.version", null);
    }

    /** Inserts a fitted calibration, and its activation when {@code activationReason} is not null; one transaction. */
    public void insert(Fitted f, TrainingSet set, String fittedBy, Instant fittedAt, String comparedVersion,
                       String notes, String activationReason) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into calibration (version, method, parameters, fitted_at, fitted_by, training_from,
                            training_to, segment, n, positives, brier, held_out_n, held_out_brier, compared_version,
                            compared_brier, reliability, time_to_expansion, notes)
                        values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                                cast(? as jsonb), ?)""")) {
                    Calibration k = f.calibration();
                    ps.setString(1, k.version());
                    ps.setString(2, k.method());
                    ps.setString(3, write(k.parameters()));
                    ps.setTimestamp(4, Timestamp.from(fittedAt));
                    ps.setString(5, fittedBy);
                    ps.setTimestamp(6, Timestamp.from(set.from()));
                    ps.setTimestamp(7, Timestamp.from(set.to()));
                    ps.setString(8, set.segment());
                    ps.setInt(9, f.n());
                    ps.setInt(10, f.positives());
                    ps.setDouble(11, f.brier());
                    ps.setObject(12, f.heldOutN(), Types.INTEGER);
                    ps.setObject(13, f.heldOutBrier(), Types.DOUBLE);
                    ps.setString(14, comparedVersion);
                    ps.setObject(15, f.activeHeldOutBrier(), Types.DOUBLE);
                    ps.setString(16, write(f.reliability()));
                    ps.setString(17, write(k.timeToExpansion()));
                    ps.setString(18, notes);
                    ps.executeUpdate();
                }
                if (activationReason != null) {
                    activate(c, f.calibration().version(), fittedAt, fittedBy, activationReason);
                }
                c.commit();
                if (activationReason != null) {
                    activeRead.set(null);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store calibration " + f.calibration().version(), e);
        }
    }

    private static void activate(Connection c, String version, Instant at, String by, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into calibration_activation (version, activated_at, activated_by, reason) values (?, ?, ?, ?)""")) {
            ps.setString(1, version);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, by);
            ps.setString(4, reason);
            ps.executeUpdate();
        }
    }

    private List<CalibrationView> query(String sql, String version) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (version != null) {
                ps.setString(1, version);
            }
            List<CalibrationView> views = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(read(rs));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read calibrations", e);
        }
    }

    private CalibrationView read(ResultSet rs) throws SQLException {
        Timestamp activatedAt = rs.getTimestamp("activated_at");
        return new CalibrationView(rs.getString("version"), rs.getString("method"), rs.getBoolean("active"),
                read(rs.getString("parameters"), new TypeReference<Map<String, Double>>() { }),
                instant(rs, "fitted_at"), rs.getString("fitted_by"), instant(rs, "training_from"),
                instant(rs, "training_to"), rs.getString("segment"), rs.getInt("n"), rs.getInt("positives"),
                (Double) rs.getObject("brier"), (Integer) rs.getObject("held_out_n"),
                (Double) rs.getObject("held_out_brier"), rs.getString("compared_version"),
                (Double) rs.getObject("compared_brier"),
                read(rs.getString("reliability"), new TypeReference<List<Fitted.ReliabilityBin>>() { }),
                rs.getString("time_to_expansion") == null ? null
                        : read(rs.getString("time_to_expansion"), new TypeReference<Calibration.TimeToExpansion>() { }),
                rs.getString("notes"),
                activatedAt == null ? null : new CalibrationView.Activation(activatedAt.toInstant(),
                        rs.getString("activated_by"), rs.getString("reason")));
    }

    private static Calibration toCalibration(CalibrationView v) {
        return new Calibration(v.version(), v.method(), v.parameters().get("intercept"), v.parameters().get("slope"),
                v.timeToExpansion());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value, e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calibration JSON is unreadable: " + text, e);
        }
    }
}
