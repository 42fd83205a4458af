package com.localizevideos.headroom.account;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One row of the plan catalog: price and limits of a plan, editable as data. */
@Entity
public class Plan {

    @Id
    private String code;
    @Column(name = "monthly_price_usd", precision = 10, scale = 2)
    private BigDecimal monthlyPriceUsd;
    @Column(name = "minutes_quota")
    private int minutesQuota;
    /** Distinct target languages per billing cycle; "all languages" is 200. */
    @Column(name = "languages_limit")
    private int languagesLimit;
    @Column(name = "seats_included")
    private int seatsIncluded;
    /** API requests per minute; 0 means the plan has no API. */
    @Column(name = "api_requests_per_minute")
    private int apiRequestsPerMinute;
    @Column(name = "storage_gb")
    private int storageGb;
    private boolean sso;

    public String getCode() { return code; }
    public BigDecimal getMonthlyPriceUsd() { return monthlyPriceUsd; }
    public int getMinutesQuota() { return minutesQuota; }
    public int getLanguagesLimit() { return languagesLimit; }
    public int getSeatsIncluded() { return seatsIncluded; }
    public int getApiRequestsPerMinute() { return apiRequestsPerMinute; }
    public int getStorageGb() { return storageGb; }
    public boolean isSso() { return sso; }
}
