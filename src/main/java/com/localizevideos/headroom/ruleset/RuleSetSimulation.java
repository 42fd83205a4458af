package com.localizevideos.headroom.ruleset;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored simulation of a version against the version active then. Never updated. */
@Entity
@Table(name = "ruleset_simulation")
public class RuleSetSimulation {
    @Id
    public UUID id;

    public String version;

    @Column(name = "baseline_version")
    public String baselineVersion;

    @Column(name = "period_from")
    public Instant periodFrom;

    @Column(name = "period_to")
    public Instant periodTo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
