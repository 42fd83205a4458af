package com.localizevideos.headroom.prompt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.prompt.PromptsView.PromptView;

/**
 * Answers an account's in-product prompts from stored data in one indexed query: the account, its latest evaluation
 * (index evaluation_account_created) and that evaluation's AUTOMATED actions (index expansion_action_evaluation).
 * Suppressed actions are never stored as actions, so every row is a prompt that may be shown.
 */
@ApplicationScoped
public class PromptService {
    private static final String LATEST_PROMPTS = """
            select e.id as evaluation_id, e.as_of, e.created_at, e.tier,
                   x.id as action_id, x.playbook, x.content::text as content, x.reason
              from account a
              left join lateral (select v.id, v.as_of, v.created_at, v.tier from evaluation v
                                  where v.account_id = a.id order by v.created_at desc limit 1) e on true
              left join expansion_action x on x.evaluation_id = e.id and x.channel = 'AUTOMATED' and not x.held_out
             where a.id = ?
             order by x.playbook, x.id
            """;

    @Inject
    DataSource dataSource;

    /** The prompts, or empty when the account is unknown. */
    public Optional<PromptsView> latest(String accountId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(LATEST_PROMPTS)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID evaluationId = rs.getObject("evaluation_id", UUID.class);
                if (evaluationId == null) {
                    return Optional.of(new PromptsView(accountId, null, null, null, null, List.of(),
                            "Account " + accountId + " has not been evaluated yet; POST /api/v1/evaluations first."));
                }
                Instant asOf = rs.getObject("as_of", OffsetDateTime.class).toInstant();
                Instant evaluatedAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
                String tier = rs.getString("tier");
                List<PromptView> prompts = new ArrayList<>();
                do {
                    UUID actionId = rs.getObject("action_id", UUID.class);
                    if (actionId != null) {
                        prompts.add(new PromptView(actionId, rs.getString("playbook"), rs.getString("content"),
                                rs.getString("reason")));
                    }
                } while (rs.next());
                String reason = prompts.isEmpty() ? "The latest evaluation (as of " + asOf + ", " + tier
                        + " readiness) started no in-product prompt: its actions, if any, go through people, and guardrails"
                        + " may have held the rest (GET /api/v1/audit/evaluations/" + evaluationId + ")." : null;
                return Optional.of(new PromptsView(accountId, evaluationId, asOf, evaluatedAt, tier, List.copyOf(prompts),
                        reason));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("prompts query failed for account " + accountId, e);
        }
    }
}
