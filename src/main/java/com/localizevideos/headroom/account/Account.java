package com.localizevideos.headroom.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A customer account's master data (Contract v1), as sent by {@code PUT /api/v1/accounts/{accountId}}. */
@Entity
public class Account {

    @Id
    private String id;
    private String name;
    @Enumerated(EnumType.STRING)
    private PlanCode plan;
    @Column(name = "seats_licensed")
    private int seatsLicensed;
    /** Annual recurring revenue in USD. */
    @Column(precision = 14, scale = 2)
    private BigDecimal arr;
    /** First day of the current monthly billing cycle. */
    @Column(name = "billing_cycle_start")
    private LocalDate billingCycleStart;
    @Column(name = "renewal_date")
    private LocalDate renewalDate;
    @Column(name = "fiscal_year_start_month")
    private Integer fiscalYearStartMonth;
    private String region;
    private String segment;
    private boolean strategic;
    @Column(name = "do_not_contact")
    private boolean doNotContact;
    @Column(name = "in_dunning")
    private boolean inDunning;
    private String owner;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PlanCode getPlan() { return plan; }
    public void setPlan(PlanCode plan) { this.plan = plan; }
    public int getSeatsLicensed() { return seatsLicensed; }
    public void setSeatsLicensed(int seatsLicensed) { this.seatsLicensed = seatsLicensed; }
    public BigDecimal getArr() { return arr; }
    public void setArr(BigDecimal arr) { this.arr = arr; }
    public LocalDate getBillingCycleStart() { return billingCycleStart; }
    public void setBillingCycleStart(LocalDate billingCycleStart) { this.billingCycleStart = billingCycleStart; }
    public LocalDate getRenewalDate() { return renewalDate; }
    public void setRenewalDate(LocalDate renewalDate) { this.renewalDate = renewalDate; }
    public Integer getFiscalYearStartMonth() { return fiscalYearStartMonth; }
    public void setFiscalYearStartMonth(Integer fiscalYearStartMonth) { this.fiscalYearStartMonth = fiscalYearStartMonth; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public boolean isStrategic() { return strategic; }
    public void setStrategic(boolean strategic) { this.strategic = strategic; }
    public boolean isDoNotContact() { return doNotContact; }
    public void setDoNotContact(boolean doNotContact) { this.doNotContact = doNotContact; }
    public boolean isInDunning() { return inDunning; }
    public void setInDunning(boolean inDunning) { this.inDunning = inDunning; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
