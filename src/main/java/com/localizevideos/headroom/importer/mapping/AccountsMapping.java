package com.localizevideos.headroom.importer.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.account.PlanCode;

/**
 * accounts.csv → account master data: {@code account_id} → id, {@code account_name} → name, {@code industry} →
 * segment, {@code country} → region, {@code signup_date} → billingCycleStart (monthly cycles from signup),
 * {@code plan_tier} → plan and {@code seats} → seatsLicensed (for a new account; subscriptions own them afterwards).
 * {@code referral_source}, {@code is_trial} and {@code churn_flag} are not imported. Column layout of the RavenStack
 * dataset ("RavenStack Synthetic SaaS Dataset" by River @ Rivalytics, Kaggle, used with attribution).
 */
public final class AccountsMapping implements CsvMapping<AccountRow> {

    /**
     * RavenStack's three tiers by rank (Basic → STARTER, Pro → PRO, Enterprise → ENTERPRISE; it has no tier between
     * Pro and Enterprise, so BUSINESS is never derived), plus the Contract v1 codes themselves; case-insensitive.
     */
    public static final Map<String, PlanCode> PLAN_TIERS = Map.of(
            "basic", PlanCode.STARTER, "pro", PlanCode.PRO, "enterprise", PlanCode.ENTERPRISE,
            "starter", PlanCode.STARTER, "business", PlanCode.BUSINESS);
    public static final String PLAN_CHOICES = "Basic, Pro or Enterprise (or STARTER, PRO, BUSINESS, ENTERPRISE)";

    @Override
    public String kind() {
        return "accounts";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("account_id", "account_name", "industry", "country", "signup_date", "plan_tier", "seats");
    }

    @Override
    public Mapped<AccountRow> map(CsvRow row, String source) {
        Cells cells = new Cells(row);
        String id = cells.id("account_id");
        String name = cells.text("account_name", 200);
        String segment = cells.optionalText("industry", 64);
        String region = cells.optionalText("country", 64);
        LocalDate signup = cells.date("signup_date");
        PlanCode plan = cells.oneOf("plan_tier", PLAN_TIERS, PLAN_CHOICES);
        Integer seats = cells.wholeNumber("seats", 0);
        return Mapped.of(row, "account_id", cells,
                () -> new AccountRow(id, name, plan, seats, signup, region, segment));
    }
}
