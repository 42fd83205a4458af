package com.localizevideos.headroom.commercial;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A dated commercial outcome of an account (expansion, contraction, churn, CSAT). Append-only. */
@Entity
@Immutable
@Table(name = "commercial_event")
public class CommercialEvent {

    /** Details are plain maps of strings, numbers and booleans; a default mapper writes them. */
    private static final ObjectMapper DETAIL_WRITER = new ObjectMapper();

    /** Chosen by the writer so that recording the same event twice is a duplicate, e.g. {@code ravenstack:C-816288:churn}. */
    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Enumerated(EnumType.STRING)
    private CommercialEventKind kind;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    /** Change of annual recurring revenue in USD, when the source says it; null when unknown. */
    @Column(name = "arr_delta", precision = 14, scale = 2)
    private BigDecimal arrDelta;
    /** Where the event comes from, e.g. {@code ravenstack:churn_events}. */
    private String source;
    /** What the source said about it (reason, feedback, the subscription it was read from, ...), a JSON object. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String detail;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CommercialEvent() {
    }

    public CommercialEvent(String id, String accountId, CommercialEventKind kind, Instant occurredAt,
                           BigDecimal arrDelta, String source, Map<String, Object> detail) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.arrDelta = arrDelta;
        this.source = source;
        this.detail = detail == null ? null : json(detail);
    }

    private static String json(Map<String, Object> detail) {
        try {
            return DETAIL_WRITER.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event detail is not serialisable as JSON: " + detail.keySet(), e);
        }
    }

    public String getId() { return id; }
    public String getAccountId() { return accountId; }
    public CommercialEventKind getKind() { return kind; }
    public Instant getOccurredAt() { return occurredAt; }
    public BigDecimal getArrDelta() { return arrDelta; }
    public String getSource() { return source; }
    public String getDetail() { return detail; }
    public Instant getRecordedAt() { return recordedAt; }
}
