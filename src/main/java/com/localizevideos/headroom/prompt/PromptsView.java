package com.localizevideos.headroom.prompt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The in-product prompts of an account's latest evaluation: its AUTOMATED actions that no guardrail held. An empty
 * list comes with the {@code reason} there is nothing to show; {@code evaluationId} and the rest are null when the
 * account was never evaluated.
 */
public record PromptsView(String accountId, UUID evaluationId, Instant asOf, Instant evaluatedAt, String tier,
                          List<PromptView> prompts, String reason) {

    /** One prompt: the action's id (for {@code POST /api/v1/actions/{id}/outcome}), playbook, content and reason. */
    public record PromptView(UUID id, String playbook, @JsonRawValue String content, String reason) {
    }
}
