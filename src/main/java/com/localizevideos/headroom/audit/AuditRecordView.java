package com.localizevideos.headroom.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored evaluation in full: who asked ({@code principal}), the input facts as asserted, the rules fired in order, the
 * outputs, the version.
 */
public record AuditRecordView(UUID id, String accountId, Instant asOf, Instant createdAt, String rulesetVersion,
                              String principal, JsonNode facts, List<FiredRuleItem> firedRules, JsonNode outputs) {

    /** One fired rule as stored. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FiredRuleItem(int order, String rule, String rulePackage, String file, String sheet, Integer row,
                                Integer line) {
    }
}
