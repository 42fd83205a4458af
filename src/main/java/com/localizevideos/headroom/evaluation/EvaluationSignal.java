package com.localizevideos.headroom.evaluation;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One signal of a stored evaluation, as a row (also in its decision JSON) so reports can join on it. */
@Entity
@Table(name = "evaluation_signal")
@IdClass(EvaluationSignal.Key.class)
public class EvaluationSignal {
    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Id
    public int ordinal;

    public String code;

    public double strength;

    /** Composite key (evaluation, ordinal). */
    public record Key(UUID evaluationId, int ordinal) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
