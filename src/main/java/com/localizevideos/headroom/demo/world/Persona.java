package com.localizevideos.headroom.demo.world;

import java.time.LocalDate;

/**
 * One generated customer. {@code propensity} is the hidden readiness to grow that drives usage and outcomes;
 * rules never read it (it is not part of the account or any observation).
 */
record Persona(String id, String name, PlanSpec plan, int seatsLicensed, double arr, String region, String segment,
               boolean strategic, boolean doNotContact, boolean inDunning, String owner, LocalDate billingCycleStart,
               LocalDate renewalDate, int fiscalYearStartMonth, double propensity, double utilisation0,
               double monthlyGrowth, double engagement, boolean apiUser, String workflow, double seatShare0,
               double seatGrowth, double storageShare0, double storageGrowth, double ticketRate, double ticketTrend,
               double satisfaction, double selfService, LocalDate churnDate) {
}
