package com.localizevideos.headroom.fact;

import java.time.LocalDate;

/**
 * What Headroom knew about one account at {@code asOf}: master data plus usage aggregated from observations
 * with {@code observedAt <= asOf}. Rules read it; nothing in it is computed from later data.
 * Nullable numbers mean "not observed".
 */
public class AccountSnapshot {
    private String accountId;
    private String name;
    private String plan;
    private int seatsLicensed;
    private double arr;
    private boolean strategic;
    private boolean doNotContact;
    private boolean inDunning;
    private String region;
    private String segment;
    private LocalDate asOf;

    private int cycleDay;
    private int cycleDays;
    private double minutesUsed;
    private double minutesQuota;
    private int languagesUsed;
    private int languagesLimit;
    private Integer seatsUsed;
    private Integer seatsUsed90dAgo;
    private double apiCalls7d;
    private double apiThrottled7d;
    private Integer daysToRenewal;
    private int weeksObserved;
    private double activeDaysPerWeek;
    private double activeDaysStdDev;
    private int ticketsLast90d;
    private Double ticketsPerSeatFirst45d;
    private Double ticketsPerSeatLast45d;
    private int openSevereTickets;
    private Integer daysSinceLastDecline;

    /** Minutes projected for the whole cycle at the pace seen so far. */
    public double getProjectedMinutes() {
        return cycleDay <= 0 ? minutesUsed : minutesUsed * cycleDays / cycleDay;
    }

    /** Projected end-of-cycle minutes ÷ quota. */
    public double getProjectedQuotaRatio() {
        return minutesQuota <= 0 ? 0 : getProjectedMinutes() / minutesQuota;
    }

    /** Share of API calls answered 429 over the last 7 days. */
    public double getThrottledShare7d() {
        return apiCalls7d <= 0 ? 0 : apiThrottled7d / apiCalls7d;
    }

    public String getAccountId() { return accountId; }
    public void setAccountId(String accountId) { this.accountId = accountId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public int getSeatsLicensed() { return seatsLicensed; }
    public void setSeatsLicensed(int seatsLicensed) { this.seatsLicensed = seatsLicensed; }
    public double getArr() { return arr; }
    public void setArr(double arr) { this.arr = arr; }
    public boolean isStrategic() { return strategic; }
    public void setStrategic(boolean strategic) { this.strategic = strategic; }
    public boolean isDoNotContact() { return doNotContact; }
    public void setDoNotContact(boolean doNotContact) { this.doNotContact = doNotContact; }
    public boolean isInDunning() { return inDunning; }
    public void setInDunning(boolean inDunning) { this.inDunning = inDunning; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public int getCycleDay() { return cycleDay; }
    public void setCycleDay(int cycleDay) { this.cycleDay = cycleDay; }
    public int getCycleDays() { return cycleDays; }
    public void setCycleDays(int cycleDays) { this.cycleDays = cycleDays; }
    public double getMinutesUsed() { return minutesUsed; }
    public void setMinutesUsed(double minutesUsed) { this.minutesUsed = minutesUsed; }
    public double getMinutesQuota() { return minutesQuota; }
    public void setMinutesQuota(double minutesQuota) { this.minutesQuota = minutesQuota; }
    public int getLanguagesUsed() { return languagesUsed; }
    public void setLanguagesUsed(int languagesUsed) { this.languagesUsed = languagesUsed; }
    public int getLanguagesLimit() { return languagesLimit; }
    public void setLanguagesLimit(int languagesLimit) { this.languagesLimit = languagesLimit; }
    public Integer getSeatsUsed() { return seatsUsed; }
    public void setSeatsUsed(Integer seatsUsed) { this.seatsUsed = seatsUsed; }
    public Integer getSeatsUsed90dAgo() { return seatsUsed90dAgo; }
    public void setSeatsUsed90dAgo(Integer seatsUsed90dAgo) { this.seatsUsed90dAgo = seatsUsed90dAgo; }
    public double getApiCalls7d() { return apiCalls7d; }
    public void setApiCalls7d(double apiCalls7d) { this.apiCalls7d = apiCalls7d; }
    public double getApiThrottled7d() { return apiThrottled7d; }
    public void setApiThrottled7d(double apiThrottled7d) { this.apiThrottled7d = apiThrottled7d; }
    public Integer getDaysToRenewal() { return daysToRenewal; }
    public void setDaysToRenewal(Integer daysToRenewal) { this.daysToRenewal = daysToRenewal; }
    public int getWeeksObserved() { return weeksObserved; }
    public void setWeeksObserved(int weeksObserved) { this.weeksObserved = weeksObserved; }
    public double getActiveDaysPerWeek() { return activeDaysPerWeek; }
    public void setActiveDaysPerWeek(double activeDaysPerWeek) { this.activeDaysPerWeek = activeDaysPerWeek; }
    public double getActiveDaysStdDev() { return activeDaysStdDev; }
    public void setActiveDaysStdDev(double activeDaysStdDev) { this.activeDaysStdDev = activeDaysStdDev; }
    public int getTicketsLast90d() { return ticketsLast90d; }
    public void setTicketsLast90d(int ticketsLast90d) { this.ticketsLast90d = ticketsLast90d; }
    public Double getTicketsPerSeatFirst45d() { return ticketsPerSeatFirst45d; }
    public void setTicketsPerSeatFirst45d(Double v) { this.ticketsPerSeatFirst45d = v; }
    public Double getTicketsPerSeatLast45d() { return ticketsPerSeatLast45d; }
    public void setTicketsPerSeatLast45d(Double v) { this.ticketsPerSeatLast45d = v; }
    public int getOpenSevereTickets() { return openSevereTickets; }
    public void setOpenSevereTickets(int openSevereTickets) { this.openSevereTickets = openSevereTickets; }
    public Integer getDaysSinceLastDecline() { return daysSinceLastDecline; }
    public void setDaysSinceLastDecline(Integer daysSinceLastDecline) { this.daysSinceLastDecline = daysSinceLastDecline; }
}
