package com.localizevideos.headroom.importer.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.importer.mapping.SubscriptionRow;
import com.localizevideos.headroom.importer.mapping.SubscriptionRow.BillingFrequency;

/** Stores imported subscriptions and answers which account a subscription belongs to and which one is current. */
@ApplicationScoped
public class SubscriptionRepository {

    private static final String UPSERT = """
            INSERT INTO subscription AS s (source, id, account_id, plan, seats, arr, start_date, end_date,
                                           billing_frequency, trial, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source, id) DO UPDATE SET
                account_id = excluded.account_id, plan = excluded.plan, seats = excluded.seats, arr = excluded.arr,
                start_date = excluded.start_date, end_date = excluded.end_date,
                billing_frequency = excluded.billing_frequency, trial = excluded.trial,
                imported_at = excluded.imported_at
            WHERE (s.account_id, s.plan, s.seats, s.arr, s.start_date, s.end_date, s.billing_frequency, s.trial)
                  IS DISTINCT FROM (excluded.account_id, excluded.plan, excluded.seats, excluded.arr,
                                    excluded.start_date, excluded.end_date, excluded.billing_frequency, excluded.trial)
            RETURNING s.id
            """;

    /**
     * Per account, the subscription that stands for its contract: active ones (no end date, or one after today)
     * first, paid before trial, then the latest start date; ties go to the larger source and id.
     */
    private static final String CURRENT = """
            SELECT DISTINCT ON (account_id) account_id, plan, seats, arr, start_date, end_date, billing_frequency,
                   (end_date IS NULL OR end_date > ?) AS active
            FROM subscription
            WHERE account_id = ANY (?)
            ORDER BY account_id, (end_date IS NULL OR end_date > ?) DESC, trial, start_date DESC, source DESC, id DESC
            """;

    /** The contract-defining subscription of one account, as of a day. */
    public record Current(String accountId, PlanCode plan, int seats, BigDecimal arr, LocalDate startDate,
                          LocalDate endDate, BillingFrequency billingFrequency, boolean active) {

        /** The subscription's ARR while it is active; 0 once every subscription of the account has ended. */
        public BigDecimal currentArr() {
            return active ? arr : BigDecimal.ZERO.setScale(2);
        }

        /**
         * The next renewal: the end date when one is set and still ahead; for an annual subscription without one,
         * the first anniversary of its start on or after {@code today}; none for a monthly one (it renews every
         * cycle) or once it has ended.
         */
        public LocalDate renewalDate(LocalDate today) {
            if (!active) {
                return null;
            }
            if (endDate != null) {
                return endDate;
            }
            if (billingFrequency == BillingFrequency.MONTHLY) {
                return null;
            }
            LocalDate renewal = startDate.plusYears(1);
            if (renewal.isBefore(today)) {
                long years = ChronoUnit.YEARS.between(startDate, today);
                renewal = startDate.plusYears(years);
                if (renewal.isBefore(today)) {
                    renewal = startDate.plusYears(years + 1);
                }
            }
            return renewal;
        }
    }

    private final EntityManager entityManager;

    public SubscriptionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the subscription or replaces a stored one that differs; true when something was written. */
    public boolean upsert(SubscriptionRow row, Instant importedAt) {
        return work(connection -> {
            try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
                s.setString(1, row.source());
                s.setString(2, row.id());
                s.setString(3, row.accountId());
                s.setString(4, row.plan().name());
                s.setInt(5, row.seats());
                s.setBigDecimal(6, row.arr());
                s.setObject(7, row.startDate(), Types.DATE);
                s.setObject(8, row.endDate(), Types.DATE);
                s.setString(9, row.billingFrequency().name());
                s.setBoolean(10, row.trial());
                s.setObject(11, importedAt.atOffset(ZoneOffset.UTC));
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** The account of each of {@code ids} (subscription ids of {@code source}) that is stored. */
    public Map<String, String> accountsOf(String source, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return work(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT id, account_id FROM subscription WHERE source = ? AND id = ANY (?)")) {
                s.setString(1, source);
                s.setArray(2, connection.createArrayOf("varchar", ids.toArray()));
                Map<String, String> accounts = new HashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        accounts.put(r.getString(1), r.getString(2));
                    }
                }
                return accounts;
            }
        });
    }

    /** Up to {@code limit} accounts with subscriptions from {@code source}, in id order, after {@code afterAccountId}. */
    public List<String> accountsPage(String source, String afterAccountId, int limit) {
        return work(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    SELECT DISTINCT account_id FROM subscription WHERE source = ? AND account_id > ?
                    ORDER BY account_id LIMIT ?""")) {
                s.setString(1, source);
                s.setString(2, afterAccountId);
                s.setInt(3, limit);
                List<String> page = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        page.add(r.getString(1));
                    }
                }
                return page;
            }
        });
    }

    /** The contract-defining subscription of each of {@code accountIds} that has one, as of {@code today}. */
    public Map<String, Current> current(Collection<String> accountIds, LocalDate today) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return work(connection -> {
            try (PreparedStatement s = connection.prepareStatement(CURRENT)) {
                s.setObject(1, today, Types.DATE);
                s.setArray(2, connection.createArrayOf("varchar", accountIds.toArray()));
                s.setObject(3, today, Types.DATE);
                Map<String, Current> current = new HashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String account = r.getString("account_id");
                        current.put(account, new Current(account, PlanCode.valueOf(r.getString("plan")),
                                r.getInt("seats"), r.getBigDecimal("arr"), r.getObject("start_date", LocalDate.class),
                                r.getObject("end_date", LocalDate.class),
                                BillingFrequency.valueOf(r.getString("billing_frequency")), r.getBoolean("active")));
                    }
                }
                return current;
            }
        });
    }

    private <T> T work(SqlWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
