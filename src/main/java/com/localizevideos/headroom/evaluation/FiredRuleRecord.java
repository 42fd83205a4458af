package com.localizevideos.headroom.evaluation;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One row of the rule-firing audit: which rule fired, in which order, for which evaluation. */
@Entity
@Table(name = "fired_rule")
@IdClass(FiredRuleRecord.Key.class)
public class FiredRuleRecord {
    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Id
    public int ordinal;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "rule_package")
    public String rulePackage;

    public String file;

    public String sheet;

    @Column(name = "row_number")
    public Integer rowNumber;

    @Column(name = "line_number")
    public Integer lineNumber;

    /** Composite key (evaluation, ordinal). */
    public record Key(UUID evaluationId, int ordinal) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
