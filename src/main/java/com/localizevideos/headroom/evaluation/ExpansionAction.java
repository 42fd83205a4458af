package com.localizevideos.headroom.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An action an evaluation started, linked to the playbook-table row that proposed it. */
@Entity
@Table(name = "expansion_action")
public class ExpansionAction {
    @Id
    public UUID id;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "account_id")
    public String accountId;

    public String playbook;

    public String channel;

    public String reason;

    /** Who works the action: a CSM, a regional sales team or an executive sponsor; null for automated prompts. */
    public String owner;

    /** What the action says (headline, body, structured facts), as JSON; null for actions older than the content table. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "rule_file")
    public String ruleFile;

    @Column(name = "rule_sheet")
    public String ruleSheet;

    @Column(name = "rule_row")
    public Integer ruleRow;

    /** Recorded as "would have acted" for a held-out account: never delivered, shown or worked. */
    @Column(name = "held_out")
    public boolean heldOut;

    @Column(name = "created_at")
    public Instant createdAt;
}
