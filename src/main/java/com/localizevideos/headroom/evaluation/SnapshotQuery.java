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
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.fact.AccountSnapshot;

/**
 * Builds the point-in-time {@link AccountSnapshot}: master data plus usage aggregated in PostgreSQL from
 * observations with {@code observed_at <= asOf} only, so a replay or backtest sees just what was known then.
 */
@ApplicationScoped
public class SnapshotQuery {
    private static final String ACCOUNT_SQL = """
            select a.name, a.plan, a.seats_licensed, a.arr, a.billing_cycle_start, a.renewal_date, a.region, a.segment,
                   a.strategic, a.do_not_contact, a.in_dunning, p.minutes_quota, p.languages_limit,
                   (select max(o.responded_at) from action_outcome o
                     where o.account_id = a.id and o.response = 'DECLINED' and o.responded_at <= ?) as last_decline
              from account a left join plan p on p.code = a.plan
             where a.id = ?
            """;

    /** One pass over the account's observations up to asOf; every figure is a FILTER aggregate. */
    private static final String USAGE_SQL = """
            select
              coalesce(sum(value) filter (where metric = 'video_minutes' and observed_at >= ?), 0) as minutes_used,
              (array_agg(value order by observed_at desc)
                 filter (where metric = 'languages_used' and observed_at >= ?))[1] as languages_used,
              (array_agg(value order by observed_at desc) filter (where metric = 'seats_used'))[1] as seats_used,
              (array_agg(value order by observed_at desc)
                 filter (where metric = 'seats_used' and observed_at <= ?))[1] as seats_used_90d_ago,
              coalesce(sum(value) filter (where metric = 'api_calls' and observed_at > ?), 0) as api_calls_7d,
              coalesce(sum(value) filter (where metric = 'api_throttled' and observed_at > ?), 0) as api_throttled_7d,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > ?) as active_w0,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > ? and observed_at <= ?) as active_w1,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > ? and observed_at <= ?) as active_w2,
              count(distinct (observed_at at time zone 'UTC')::date)
                 filter (where metric = 'active_users' and value > 0 and observed_at > ? and observed_at <= ?) as active_w3,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > ?), 0) as tickets_90d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > ? and observed_at <= ?), 0)
                 as tickets_first_45d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and observed_at > ?), 0) as tickets_last_45d,
              coalesce(sum(value) filter (where metric = 'ticket_opened' and dimension in ('sev1', 'sev2')), 0)
                - coalesce(sum(value) filter (where metric = 'ticket_resolved' and dimension in ('sev1', 'sev2')), 0)
                 as open_severe,
              min(observed_at) as first_seen
            from observation
            where account_id = ? and observed_at <= ?
            """;

    @Inject
    DataSource dataSource;

    /** The snapshot at {@code asOf}, or empty when the account is unknown. */
    public Optional<AccountSnapshot> load(String accountId, Instant asOf) {
        try (Connection c = dataSource.getConnection()) {
            AccountSnapshot s = new AccountSnapshot();
            LocalDate firstCycleStart;
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT_SQL)) {
                ps.setObject(1, at(asOf));
                ps.setString(2, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    firstCycleStart = readAccount(rs, accountId, asOf, s);
                }
            }
            LocalDate day = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
            BillingCycle cycle = BillingCycle.containing(firstCycleStart, day);
            s.setCycleDay(cycle.dayOf(day));
            s.setCycleDays(cycle.days());
            readUsage(c, accountId, asOf, cycle.start().atStartOfDay().toInstant(ZoneOffset.UTC), s);
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
        s.setDaysSinceLastDecline(decline == null ? null
                : (int) Duration.between(decline.toInstant(), asOf).toDays());
        return rs.getObject("billing_cycle_start", LocalDate.class);
    }

    private static void readUsage(Connection c, String accountId, Instant asOf, Instant cycleStart, AccountSnapshot s)
            throws SQLException {
        Instant d7 = asOf.minus(Duration.ofDays(7));
        Instant d14 = asOf.minus(Duration.ofDays(14));
        Instant d21 = asOf.minus(Duration.ofDays(21));
        Instant d28 = asOf.minus(Duration.ofDays(28));
        Instant d45 = asOf.minus(Duration.ofDays(45));
        Instant d90 = asOf.minus(Duration.ofDays(90));
        Object[] params = {cycleStart, cycleStart, d90, d7, d7, d7, d14, d7, d21, d14, d28, d21,
                d90, d90, d45, d45, null, asOf};
        try (PreparedStatement ps = c.prepareStatement(USAGE_SQL)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    ps.setString(i + 1, accountId);
                } else {
                    ps.setObject(i + 1, at((Instant) params[i]));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
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
                s.setOpenSevereTickets((int) Math.max(0, rs.getDouble("open_severe")));
                OffsetDateTime firstSeen = rs.getObject("first_seen", OffsetDateTime.class);
                s.setWeeksObserved(firstSeen == null ? 0 : (int) (Duration.between(firstSeen.toInstant(), asOf).toDays() / 7));
            }
        }
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : (int) Math.round(value);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
