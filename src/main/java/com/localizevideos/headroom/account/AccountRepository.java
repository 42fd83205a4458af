package com.localizevideos.headroom.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores and reads accounts. */
@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, String> {

    private static final String UPSERT = """
            INSERT INTO account (id, name, plan, seats_licensed, arr, billing_cycle_start, renewal_date,
                                 fiscal_year_start_month, region, segment, strategic, do_not_contact, in_dunning,
                                 owner, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, plan = excluded.plan, seats_licensed = excluded.seats_licensed,
                arr = excluded.arr, billing_cycle_start = excluded.billing_cycle_start,
                renewal_date = excluded.renewal_date, fiscal_year_start_month = excluded.fiscal_year_start_month,
                region = excluded.region, segment = excluded.segment, strategic = excluded.strategic,
                do_not_contact = excluded.do_not_contact, in_dunning = excluded.in_dunning, owner = excluded.owner,
                updated_at = excluded.updated_at
            RETURNING (xmax = 0) AS created
            """;

    /**
     * Inserts the account or replaces every master-data field of the stored one, atomically even when two
     * requests race for a new id; {@code createdAt} of an existing row is kept. Returns true if it was created.
     */
    public boolean upsert(Account a) {
        flush();
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                statement.setString(1, a.getId());
                statement.setString(2, a.getName());
                statement.setString(3, a.getPlan().name());
                statement.setInt(4, a.getSeatsLicensed());
                statement.setBigDecimal(5, a.getArr());
                statement.setObject(6, a.getBillingCycleStart(), Types.DATE);
                statement.setObject(7, a.getRenewalDate(), Types.DATE);
                statement.setObject(8, a.getFiscalYearStartMonth(), Types.INTEGER);
                statement.setString(9, a.getRegion());
                statement.setString(10, a.getSegment());
                statement.setBoolean(11, a.isStrategic());
                statement.setBoolean(12, a.isDoNotContact());
                statement.setBoolean(13, a.isInDunning());
                statement.setString(14, a.getOwner());
                statement.setObject(15, a.getCreatedAt().atOffset(ZoneOffset.UTC));
                statement.setObject(16, a.getUpdatedAt().atOffset(ZoneOffset.UTC));
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getBoolean(1);
                }
            }
        });
    }

    /** Those of {@code ids} that are stored accounts. */
    public Set<String> findExistingIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select a.id from Account a where a.id in :ids", String.class)
                .setParameter("ids", ids)
                .getResultList());
    }
}
