package com.localizevideos.headroom.rulebase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One activation of a rule-set version: which, when and by whom. */
@Entity
@Table(name = "ruleset_activation")
public class RuleSetActivation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String version;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "activated_by")
    public String activatedBy;

    /** Why it became active: see {@link RuleBaseLoader.Kind}. */
    public String kind;
}
