package com.localizevideos.headroom.rulebase;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One file of a rule-set version, kept byte for byte so a decision can be replayed. */
@Entity
@Table(name = "ruleset_file")
@IdClass(RuleSetFile.Key.class)
public class RuleSetFile {
    @Id
    public String version;

    @Id
    public String path;

    public String sha256;

    @Column(name = "size_bytes")
    public int sizeBytes;

    public byte[] content;

    /** Composite key (version, path). */
    public record Key(String version, String path) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
