package com.localizevideos.headroom.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores challenger proposals (table {@code challenger}, V16) and reads their workbooks back. */
@ApplicationScoped
public class ChallengerStore {
    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    public void insert(ChallengerView view, byte[] workbook) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into challenger (id, created_at, created_by, based_on_ruleset, training_from, training_to,
                                        held_out_from, segment, coefficients, weights, backtest, workbook)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?)""")) {
            BacktestView b = view.backtest();
            ps.setObject(1, UUID.fromString(view.id()));
            ps.setTimestamp(2, Timestamp.from(view.createdAt()));
            ps.setString(3, view.createdBy());
            ps.setString(4, view.basedOnRulesetVersion());
            ps.setTimestamp(5, Timestamp.from(b.from()));
            ps.setTimestamp(6, Timestamp.from(b.to()));
            ps.setTimestamp(7, Timestamp.from(b.heldOutFrom()));
            if (b.segment() == null) {
                ps.setNull(8, Types.VARCHAR);
            } else {
                ps.setString(8, b.segment());
            }
            ps.setString(9, json.writeValueAsString(view.coefficients()));
            ps.setString(10, json.writeValueAsString(view.proposedWeights()));
            ps.setString(11, json.writeValueAsString(b));
            ps.setBytes(12, workbook);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the challenger proposal", e);
        }
    }

    /** The proposed workbook of a stored challenger. */
    public Optional<byte[]> workbook(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select workbook from challenger where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the challenger workbook", e);
        }
    }
}
