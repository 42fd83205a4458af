package com.localizevideos.headroom.fact;

import java.time.LocalDate;
import java.util.List;

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
    private String owner;
    private Double latestCsat;
    private Integer daysSinceLatestCsat;
    private double minutes30d;
    private double minutesPrev30d;
    private List<PriorAction> recentActions = List.of();
    private Integer nextPlanMinutesQuota;
    private Integer nextPlanLanguagesLimit;
    private Integer nextPlanSeatsIncluded;

    private String topWorkflow;
    private double topWorkflowRunsPerWeek;
    private List<String> advancedFeatures30d = List.of();
    private int workarounds30d;
    private String workaroundBreakdown = "";
    private Double storageGb;
    private Double storageGb90dAgo;
    private double renderHours30d;
    private double renderHoursPrev30d;
    private List<String> onboardingMilestones = List.of();
    private int helpCenterViews30d;
    private int selfServiceActions30d;
    private int tickets30d;
    private Integer fiscalYearStartMonth;
    private Integer daysToFiscalYearStart;
    private int priorExpansionsAccepted;
    private double overageUsdThisCycle;
    private String nextPlan;
    private Double nextTierMonthlyStep;
    private int usersInvited90d;
    private List<String> newMarkets90d = List.of();
    private List<String> complianceTopics90d = List.of();
    private int complianceQuestions90d;

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

    /** Distinct advanced features (voice_cloning, lip_sync, glossary, api, brand_voice) used in 30 days. */
    public int getAdvancedFeatureCount() {
        return advancedFeatures30d.size();
    }

    /** Growth of storage in use over 90 days (0.3 = +30%); NaN when either end is unknown. */
    public double getStorageGrowth90d() {
        if (storageGb == null || storageGb90dAgo == null || storageGb90dAgo <= 0) {
            return Double.NaN;
        }
        return (storageGb - storageGb90dAgo) / storageGb90dAgo;
    }

    /** Growth of render hours, last 30 days over the 30 before (0.3 = +30%); NaN without a base period. */
    public double getRenderGrowth30d() {
        return renderHoursPrev30d <= 0 ? Double.NaN : renderHours30d / renderHoursPrev30d - 1;
    }

    /** The larger of storage and render-hour growth, ignoring unknowns; NaN when both are unknown. */
    public double getStorageOrProcessingGrowth() {
        double storage = getStorageGrowth90d();
        double render = getRenderGrowth30d();
        if (Double.isNaN(storage)) {
            return render;
        }
        return Double.isNaN(render) ? storage : Math.max(storage, render);
    }

    /** Relative fall of minutes localised, last 30 days against the 30 before (0.4 = down 40%); 0 without a base. */
    public double getUsageDecline30d() {
        return minutesPrev30d <= 0 ? 0 : Math.max(0, 1.0 - minutes30d / minutesPrev30d);
    }

    /** Help-centre views plus admin actions done without support, last 30 days. */
    public int getSelfServiceActs30d() {
        return helpCenterViews30d + selfServiceActions30d;
    }

    /** Users invited in 90 days ÷ seats licensed. */
    public double getInviteRate90d() {
        return seatsLicensed <= 0 ? 0 : (double) usersInvited90d / seatsLicensed;
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
    /** Workflow with the most runs in the last 28 days (its name), or null. */
    public String getTopWorkflow() { return topWorkflow; }
    public void setTopWorkflow(String topWorkflow) { this.topWorkflow = topWorkflow; }
    /** Average weekly runs of the top workflow over the last 4 weeks. */
    public double getTopWorkflowRunsPerWeek() { return topWorkflowRunsPerWeek; }
    public void setTopWorkflowRunsPerWeek(double v) { this.topWorkflowRunsPerWeek = v; }
    public List<String> getAdvancedFeatures30d() { return advancedFeatures30d; }
    public void setAdvancedFeatures30d(List<String> v) { this.advancedFeatures30d = v == null ? List.of() : List.copyOf(v); }
    /** Workaround events (split uploads, manual re-imports, retries after throttling) in 30 days. */
    public int getWorkarounds30d() { return workarounds30d; }
    public void setWorkarounds30d(int workarounds30d) { this.workarounds30d = workarounds30d; }
    /** "split_upload x5, retry_after_throttle x2". */
    public String getWorkaroundBreakdown() { return workaroundBreakdown; }
    public void setWorkaroundBreakdown(String v) { this.workaroundBreakdown = v == null ? "" : v; }
    public Double getStorageGb() { return storageGb; }
    public void setStorageGb(Double storageGb) { this.storageGb = storageGb; }
    public Double getStorageGb90dAgo() { return storageGb90dAgo; }
    public void setStorageGb90dAgo(Double storageGb90dAgo) { this.storageGb90dAgo = storageGb90dAgo; }
    public double getRenderHours30d() { return renderHours30d; }
    public void setRenderHours30d(double renderHours30d) { this.renderHours30d = renderHours30d; }
    public double getRenderHoursPrev30d() { return renderHoursPrev30d; }
    public void setRenderHoursPrev30d(double renderHoursPrev30d) { this.renderHoursPrev30d = renderHoursPrev30d; }
    /** Onboarding milestones reached (first_video, first_language, team_invited, integration_connected, glossary_created). */
    public List<String> getOnboardingMilestones() { return onboardingMilestones; }
    public void setOnboardingMilestones(List<String> v) { this.onboardingMilestones = v == null ? List.of() : List.copyOf(v); }
    public int getOnboardingCount() { return onboardingMilestones.size(); }
    public int getHelpCenterViews30d() { return helpCenterViews30d; }
    public void setHelpCenterViews30d(int v) { this.helpCenterViews30d = v; }
    public int getSelfServiceActions30d() { return selfServiceActions30d; }
    public void setSelfServiceActions30d(int v) { this.selfServiceActions30d = v; }
    /** Tickets opened in the last 30 days. */
    public int getTickets30d() { return tickets30d; }
    public void setTickets30d(int tickets30d) { this.tickets30d = tickets30d; }
    public Integer getFiscalYearStartMonth() { return fiscalYearStartMonth; }
    public void setFiscalYearStartMonth(Integer v) { this.fiscalYearStartMonth = v; }
    /** Days until the customer's next fiscal-year start, or null when its month is unknown. */
    public Integer getDaysToFiscalYearStart() { return daysToFiscalYearStart; }
    public void setDaysToFiscalYearStart(Integer v) { this.daysToFiscalYearStart = v; }
    /** Expansions before asOf: accepted offers (playbooks that are offers) plus EXPANSION commercial events. */
    public int getPriorExpansionsAccepted() { return priorExpansionsAccepted; }
    public void setPriorExpansionsAccepted(int v) { this.priorExpansionsAccepted = v; }
    /** Overage billed in the current billing cycle, USD. */
    public double getOverageUsdThisCycle() { return overageUsdThisCycle; }
    public void setOverageUsdThisCycle(double v) { this.overageUsdThisCycle = v; }
    /** The next plan up the ladder, or null at the top. */
    public String getNextPlan() { return nextPlan; }
    public void setNextPlan(String nextPlan) { this.nextPlan = nextPlan; }
    /** Monthly price difference to the next plan, or null at the top. */
    public Double getNextTierMonthlyStep() { return nextTierMonthlyStep; }
    public void setNextTierMonthlyStep(Double v) { this.nextTierMonthlyStep = v; }
    public int getUsersInvited90d() { return usersInvited90d; }
    public void setUsersInvited90d(int v) { this.usersInvited90d = v; }
    /** Regions, then departments, onboarded in 90 days ("region LATAM", "department Legal"). */
    public List<String> getNewMarkets90d() { return newMarkets90d; }
    public void setNewMarkets90d(List<String> v) { this.newMarkets90d = v == null ? List.of() : List.copyOf(v); }
    public List<String> getComplianceTopics90d() { return complianceTopics90d; }
    public void setComplianceTopics90d(List<String> v) { this.complianceTopics90d = v == null ? List.of() : List.copyOf(v); }
    public int getComplianceQuestions90d() { return complianceQuestions90d; }
    public void setComplianceQuestions90d(int v) { this.complianceQuestions90d = v; }
    public int getOpenSevereTickets() { return openSevereTickets; }
    public void setOpenSevereTickets(int openSevereTickets) { this.openSevereTickets = openSevereTickets; }
    public Integer getDaysSinceLastDecline() { return daysSinceLastDecline; }
    public void setDaysSinceLastDecline(Integer daysSinceLastDecline) { this.daysSinceLastDecline = daysSinceLastDecline; }
    /** The account's CSM (Contract v1 {@code owner}), or null. */
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    /** The latest CSAT response (1–5) up to asOf, or null when none. */
    public Double getLatestCsat() { return latestCsat; }
    public void setLatestCsat(Double latestCsat) { this.latestCsat = latestCsat; }
    public Integer getDaysSinceLatestCsat() { return daysSinceLatestCsat; }
    public void setDaysSinceLatestCsat(Integer v) { this.daysSinceLatestCsat = v; }
    /** Minutes localised in the 30 days up to asOf. */
    public double getMinutes30d() { return minutes30d; }
    public void setMinutes30d(double v) { this.minutes30d = v; }
    /** Minutes localised in the 30 days before those. */
    public double getMinutesPrev30d() { return minutesPrev30d; }
    public void setMinutesPrev30d(double v) { this.minutesPrev30d = v; }
    /** Human-channel actions already started for the account (decisions as of the last 365 days up to asOf). */
    public List<PriorAction> getRecentActions() { return recentActions; }
    public void setRecentActions(List<PriorAction> v) { this.recentActions = v == null ? List.of() : List.copyOf(v); }
    /** The next plan's monthly minutes, languages and included seats, or null at the top of the ladder. */
    public Integer getNextPlanMinutesQuota() { return nextPlanMinutesQuota; }
    public void setNextPlanMinutesQuota(Integer v) { this.nextPlanMinutesQuota = v; }
    public Integer getNextPlanLanguagesLimit() { return nextPlanLanguagesLimit; }
    public void setNextPlanLanguagesLimit(Integer v) { this.nextPlanLanguagesLimit = v; }
    public Integer getNextPlanSeatsIncluded() { return nextPlanSeatsIncluded; }
    public void setNextPlanSeatsIncluded(Integer v) { this.nextPlanSeatsIncluded = v; }
}
