package com.localizevideos.headroom.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Playbook;

/**
 * Builds the point-in-time {@link AccountSnapshot}: master data plus usage aggregated in PostgreSQL from
 * observations with {@code observed_at <= asOf} only, so a replay or backtest sees just what was known then.
 * Three round trips: the account, one pass of FILTER aggregates, one pass grouped by dimension.
 */
@ApplicationScoped
public class SnapshotQuery {
    private static final NamedSql ACCOUNT = new NamedSql("""
            select a.name, a.plan, a.seats_licensed, a.arr, a.billing_cycle_start, a.renewal_date, a.region, a.segment,
                   a.fiscal_year_start_month, a.strategic, a.do_not_contact, a.in_dunning, p.minutes_quota, p.languages_limit,
                   (select max(o.responded_at) from action_outcome o
                     where o.account_id = a.id and o.response = 'DECLINED' and o.responded_at <= :asOf) as last_decline,
                   (select count(*) from action_outcome o join expansion_action x on x.id = o.action_id
                     where o.account_id = a.id and o.response = 'ACCEPTED' and o.responded_at <= :asOf
                       and x.playbook = any(:offers))
                   + (select count(*) from commercial_event c
                       where c.account_id = a.id and c.kind = 'EXPANSION' and c.occurred_at <= :asOf) as accepted,
                   (select n.code from plan n where n.monthly_price_usd > p.monthly_price_usd
                     order by n.monthly_price_usd limit 1) as next_plan,
                   (select min(n.monthly_price_usd) from plan n where n.monthly_price_usd > p.monthly_price_usd)
                     - p.monthly_price_usd as next_step
              from account a left join plan p on p.code = a.plan
             where a.id = :account
            """);

    /** One pass over the account's observations up to asOf; every figure is a FILTER aggregate. */
    private static final NamedSql USAGE = new NamedSql("""
            select
              coalesce(sum(value) filter (where metric = 'video_minutes' and observed_at >= :cycleStart), 0) as minutes_used,
              (array_agg(value order by observed_at desc)
                 filter (where metric = 'languages_used' and observed_at >= :cycleStart))[1] as languages_used,
              (array_agg(value order by observed_at desc) filter (where metric = 'seats_used'))[1] as seats_used,
              (array_agg(value order by observed_at desc)
                 filter (where metric = 'seats_used' and observed_at <= :d90))[1] as seats_used_90d_ago,
              coalesce(sum(value) filter (where metric = 'api_calls' and observed_at > :d7), 0) as api_calls_7d,
              coalesce(sum(value) filter (where metric = 'api_throttled' and observed_at > :d7), 0) as api_throttled_7d,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > :d7) as active_w0,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > :d14 and observed_at <= :d7) as active_w1,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > :d21 and observed_at <= :d14) as active_w2,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > :d28 and observed_at <= :d21) as active_w3,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > :d90), 0) as tickets_90d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > :d90 and observed_at <= :d45), 0)
                 as tickets_first_45d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > :d45), 0) as tickets_last_45d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > :d30), 0) as tickets_30d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and dimension in ('sev1', 'sev2')), 0)
                - coalesce(sum(value) filter (where metric = 'ticket_resolved' and dimension in ('sev1', 'sev2')), 0)
                 as open_severe,
              (array_agg(value order by observed_at desc) filter (where metric = 'storage_gb'))[1] as storage_gb,
              (array_agg(value order by observed_at desc)
                 filter (where metric = 'storage_gb' and observed_at <= :d90))[1] as storage_gb_90d_ago,
              coalesce(sum(value) filter (where metric = 'render_hours' and observed_at > :d30), 0) as render_30d,
              coalesce(sum(value) filter (where metric = 'render_hours' and observed_at > :d60 and observed_at <= :d30), 0)
                 as render_prev_30d,
              coalesce(sum(value) filter (where metric = 'help_center_view' and observed_at > :d30), 0) as help_30d,
              coalesce(sum(value) filter (where metric = 'self_service_action' and observed_at > :d30), 0) as self_30d,
              coalesce(sum(value) filter (where metric = 'users_invited' and observed_at > :d90), 0) as invited_90d,
              coalesce(sum(value) filter (where metric = 'overage_usd' and observed_at >= :cycleStart), 0) as overage_cycle,
              min(observed_at) as first_seen
            from observation
            where account_id = :account and observed_at <= :asOf
            """);

    /**
     * Dimensioned metrics (workflow, feature, workaround, milestone, market, compliance topic) by window.
     * Workarounds and compliance questions are counts first: one sent without its kind or topic still counts,
     * as "unspecified".
     */
    private static final NamedSql DIMENSIONS = new NamedSql("""
            select metric, coalesce(dimension, 'unspecified') as dimension,
                   coalesce(sum(value) filter (where observed_at > :d28), 0) as v28,
                   coalesce(sum(value) filter (where observed_at > :d30), 0) as v30,
                   coalesce(sum(value) filter (where observed_at > :d90), 0) as v90,
                   count(*) as n_all
              from observation
             where account_id = :account and observed_at <= :asOf
               and (dimension is not null or metric in ('workaround', 'compliance_question'))
               and metric in ('workflow_runs', 'feature_use', 'workaround', 'onboarding', 'region_added',
                              'department_added', 'compliance_question')
             group by 1, 2
             order by 1, 2
            """);

    /** Playbooks that put an expansion offer in front of the customer: only their acceptance is an expansion. */
    private static final String[] OFFERS = Arrays.stream(Playbook.values()).filter(Playbook::isOffer)
            .map(Playbook::name).toArray(String[]::new);

    @Inject
    DataSource dataSource;

    /** The snapshot at {@code asOf}, or empty when the account is unknown. */
    public Optional<AccountSnapshot> load(String accountId, Instant asOf) {
        try (Connection c = dataSource.getConnection()) {
            AccountSnapshot s = new AccountSnapshot();
            Map<String, Object> params = new HashMap<>();
            params.put("account", accountId);
            params.put("asOf", asOf);
            params.put("offers", c.createArrayOf("varchar", OFFERS));
            LocalDate firstCycleStart;
            try (PreparedStatement ps = ACCOUNT.prepare(c, params); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                firstCycleStart = readAccount(rs, accountId, asOf, s);
            }
            LocalDate day = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
            BillingCycle cycle = BillingCycle.containing(firstCycleStart, day);
            s.setCycleDay(cycle.dayOf(day));
            s.setCycleDays(cycle.days());
            params.put("cycleStart", cycle.start().atStartOfDay().toInstant(ZoneOffset.UTC));
            for (int days : new int[] {7, 14, 21, 28, 30, 45, 60, 90}) {
                params.put("d" + days, asOf.minus(Duration.ofDays(days)));
            }
            try (PreparedStatement ps = USAGE.prepare(c, params); ResultSet rs = ps.executeQuery()) {
                rs.next();
                readUsage(rs, asOf, s);
            }
            DimensionTotals dimensions = new DimensionTotals();
            try (PreparedStatement ps = DIMENSIONS.prepare(c, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dimensions.add(rs.getString("metric"), rs.getString("dimension"), rs.getDouble("v28"),
                            rs.getDouble("v30"), rs.getDouble("v90"), rs.getLong("n_all"));
                }
            }
            dimensions.applyTo(s);
            TriggerFactsQuery.load(c, accountId, asOf, s);
            return Optional.of(s);
        } catch (SQLException e) {
            throw new IllegalStateException("snapshot query failed for account " + accountId, e);
        }
    }

    private static LocalDate readAccount(ResultSet rs, String accountId, Instant asOf, AccountSnapshot s) throws SQLException {
        LocalDate day = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        s.setAccountId(accountId);
        s.setAsOf(day);
        s.setName(rs.getString("name"));
        s.setPlan(rs.getString("plan"));
        s.setSeatsLicensed(rs.getInt("seats_licensed"));
        s.setArr(rs.getDouble("arr"));
        s.setRegion(rs.getString("region"));
        s.setSegment(rs.getString("segment"));
        s.setStrategic(rs.getBoolean("strategic"));
        s.setDoNotContact(rs.getBoolean("do_not_contact"));
        s.setInDunning(rs.getBoolean("in_dunning"));
        s.setMinutesQuota(rs.getDouble("minutes_quota"));
        s.setLanguagesLimit(rs.getInt("languages_limit"));
        LocalDate renewal = rs.getObject("renewal_date", LocalDate.class);
        s.setDaysToRenewal(renewal == null ? null : (int) ChronoUnit.DAYS.between(day, renewal));
        OffsetDateTime decline = rs.getObject("last_decline", OffsetDateTime.class);
        s.setDaysSinceLastDecline(decline == null ? null : (int) Duration.between(decline.toInstant(), asOf).toDays());
        s.setPriorExpansionsAccepted(rs.getInt("accepted"));
        Integer fiscalMonth = rs.getObject("fiscal_year_start_month", Integer.class);
        s.setFiscalYearStartMonth(fiscalMonth);
        s.setDaysToFiscalYearStart(fiscalMonth == null ? null : FiscalYear.daysToNextStart(day, fiscalMonth));
        s.setNextPlan(rs.getString("next_plan"));
        double step = rs.getDouble("next_step");
        s.setNextTierMonthlyStep(rs.wasNull() ? null : step);
        return rs.getObject("billing_cycle_start", LocalDate.class);
    }

    private static void readUsage(ResultSet rs, Instant asOf, AccountSnapshot s) throws SQLException {
        s.setMinutesUsed(rs.getDouble("minutes_used"));
        s.setLanguagesUsed((int) rs.getDouble("languages_used"));
        s.setSeatsUsed(intOrNull(rs, "seats_used"));
        s.setSeatsUsed90dAgo(intOrNull(rs, "seats_used_90d_ago"));
        s.setApiCalls7d(rs.getDouble("api_calls_7d"));
        s.setApiThrottled7d(rs.getDouble("api_throttled_7d"));
        double[] weeks = {rs.getInt("active_w0"), rs.getInt("active_w1"), rs.getInt("active_w2"), rs.getInt("active_w3")};
        s.setActiveDaysPerWeek(round(mean(weeks)));
        s.setActiveDaysStdDev(round(stdDev(weeks)));
        s.setTicketsLast90d((int) rs.getDouble("tickets_90d"));
        s.setTicketsFirst45d((int) rs.getDouble("tickets_first_45d"));
        s.setTicketsLast45d((int) rs.getDouble("tickets_last_45d"));
        s.setTickets30d((int) rs.getDouble("tickets_30d"));
        s.setOpenSevereTickets((int) Math.max(0, rs.getDouble("open_severe")));
        s.setStorageGb(doubleOrNull(rs, "storage_gb"));
        s.setStorageGb90dAgo(doubleOrNull(rs, "storage_gb_90d_ago"));
        s.setRenderHours30d(rs.getDouble("render_30d"));
        s.setRenderHoursPrev30d(rs.getDouble("render_prev_30d"));
        s.setHelpCenterViews30d((int) rs.getDouble("help_30d"));
        s.setSelfServiceActions30d((int) rs.getDouble("self_30d"));
        s.setUsersInvited90d((int) rs.getDouble("invited_90d"));
        s.setOverageUsdThisCycle(rs.getDouble("overage_cycle"));
        OffsetDateTime firstSeen = rs.getObject("first_seen", OffsetDateTime.class);
        s.setWeeksObserved(firstSeen == null ? 0 : (int) (Duration.between(firstSeen.toInstant(), asOf).toDays() / 7));
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : (int) Math.round(value);
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double stdDev(double[] values) {
        double mean = mean(values);
        double sq = 0;
        for (double v : values) {
            sq += (v - mean) * (v - mean);
        }
        return Math.sqrt(sq / values.length);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
