package com.localizevideos.headroom.ruleset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The review of a version that came through the workflow: upload, check results and the reviewer's decision. */
@Entity
@Table(name = "ruleset_review")
public class RuleSetReview {
    @Id
    public String version;

    /** DRAFT, CHECKED (simulated), APPROVED or REJECTED; ACTIVE and RETIRED follow from the activation log. */
    public String state;

    /** UPLOAD or RELOAD. */
    public String origin;

    @Column(name = "based_on")
    public String basedOn;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "upload_comment")
    public String uploadComment;

    /** The check results (errors and warnings with their cells), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String checks;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_comment")
    public String reviewComment;
}
