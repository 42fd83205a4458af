package com.localizevideos.headroom.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/** Makes a dead letter directly in the database (an action of a stored evaluation whose delivery ran out of attempts). */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** A new DEAD delivery of a new action of {@code evaluationId}; answers the delivery id. */
    public static UUID insert(UUID evaluationId) {
        UUID action = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection c = dataSource.getConnection();
             PreparedStatement a = c.prepareStatement("""
                     insert into expansion_action (id, evaluation_id, account_id, playbook, channel, reason, rule_name, created_at)
                     select ?, id, account_id, 'SUCCESS_CONVERSATION', 'CS_LED', 'test dead letter', 'TestRule', now()
                       from evaluation where id = ?""");
             PreparedStatement d = c.prepareStatement("""
                     insert into delivery (id, action_id, evaluation_id, account_id, payload, status, attempts,
                                           next_attempt_at, created_at, dead_at, last_status_code)
                     select ?, a.id, a.evaluation_id, a.account_id, '{"type": "expansion.action.started"}'::json, 'DEAD', 5,
                            now(), now(), now(), 500
                       from expansion_action a where a.id = ?""")) {
            a.setObject(1, action);
            a.setObject(2, evaluationId);
            a.executeUpdate();
            d.setObject(1, delivery);
            d.setObject(2, action);
            if (d.executeUpdate() != 1) {
                throw new IllegalStateException("no evaluation " + evaluationId);
            }
            return delivery;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
