package com.localizevideos.headroom.ruleset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the rule-set audit trail. {@link #content} is the event's canonical JSON (keys sorted, no whitespace,
 * written once, never changed): the text a hash chain over audit records covers.
 */
@Entity
@Table(name = "ruleset_event")
public class RuleSetEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String principal;

    public String kind;

    public String version;

    public String content;

    /** The canonical text of this event. */
    public String canonical() {
        return content;
    }
}
