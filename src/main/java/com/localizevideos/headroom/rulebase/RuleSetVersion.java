package com.localizevideos.headroom.rulebase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule-set version ever loaded: its SHA-256, when first seen, and its size. */
@Entity
@Table(name = "ruleset_version")
public class RuleSetVersion {
    @Id
    public String version;

    @Column(name = "first_loaded_at")
    public Instant firstLoadedAt;

    @Column(name = "rule_count")
    public int ruleCount;

    @Column(name = "file_count")
    public int fileCount;
}
