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
    private int ticketsFirst45d;
    private int ticketsLast45d;
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

    /** Minutes used this cycle ÷ plan quota. */
    public double getMinutesSaturation() {
        return minutesQuota <= 0 ? 0 : minutesUsed / minutesQuota;
    }

    /** Languages used this cycle ÷ plan limit. */
    public double getLanguageSaturation() {
        return languagesLimit <= 0 ? 0 : (double) languagesUsed / languagesLimit;
    }

    /** Seats in use ÷ seats licensed. */
    public double getSeatSaturation() {
        return seatsUsed == null || seatsLicensed <= 0 ? 0 : (double) seatsUsed / seatsLicensed;
    }

    /** The highest of the three saturations. */
    public double getMaxSaturation() {
        return Math.max(getMinutesSaturation(), Math.max(getLanguageSaturation(), getSeatSaturation()));
    }

    /** Growth of seats in use over 90 days (0.25 = +25%); NaN when either end is unknown. */
    public double getSeatGrowth90d() {
        if (seatsUsed == null || seatsUsed90dAgo == null || seatsUsed90dAgo <= 0) {
            return Double.NaN;
        }
        return (seatsUsed - seatsUsed90dAgo) / (double) seatsUsed90dAgo;
    }

    /** Seats that tickets are spread over: seats in use when known, else licensed, at least one. */
    public int getSeatBasis() {
        int seats = seatsUsed != null && seatsUsed > 0 ? seatsUsed : seatsLicensed;
        return Math.max(1, seats);
    }

    /** Relative fall in tickets per seat from the first to the second half of the last 90 days (0.5 = halved). */
    public double getSupportReduction() {
        return ticketsFirst45d <= 0 ? 0 : 1.0 - (double) ticketsLast45d / ticketsFirst45d;
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
    /** Tickets opened 90 to 45 days before asOf. */
    public int getTicketsFirst45d() { return ticketsFirst45d; }
    public void setTicketsFirst45d(int ticketsFirst45d) { this.ticketsFirst45d = ticketsFirst45d; }
    /** Tickets opened in the 45 days up to asOf. */
    public int getTicketsLast45d() { return ticketsLast45d; }
    public void setTicketsLast45d(int ticketsLast45d) { this.ticketsLast45d = ticketsLast45d; }
    public int getOpenSevereTickets() { return openSevereTickets; }
    public void setOpenSevereTickets(int openSevereTickets) { this.openSevereTickets = openSevereTickets; }
    public Integer getDaysSinceLastDecline() { return daysSinceLastDecline; }
    public void setDaysSinceLastDecline(Integer daysSinceLastDecline) { this.daysSinceLastDecline = daysSinceLastDecline; }
}
