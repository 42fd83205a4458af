package com.localizevideos.headroom.importer.store;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.account.Account;
import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.AccountService;
import com.localizevideos.headroom.importer.mapping.AccountRow;

/**
 * Writes accounts.csv rows through {@link AccountService#put}. A new account gets the row's plan and seats and ARR 0
 * (subscriptions bring the real figures); for a stored account only name, region, segment and billing-cycle start
 * are replaced, so a re-import never undoes what subscriptions or the API set. A row that changes nothing is a duplicate.
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class AccountWriter implements ChunkWriter<AccountRow> {

    private final AccountService accounts;
    private final EntityManager entityManager;

    public AccountWriter(AccountService accounts, EntityManager entityManager) {
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    @Override
    public ChunkResult write(List<AccountRow> rows) {
        List<RowResult> results = new ArrayList<>(rows.size());
        long created = 0;
        long updated = 0;
        for (AccountRow row : rows) {
            // put() writes through JDBC; read the stored state afresh rather than from this transaction's cache
            entityManager.clear();
            Optional<Account> stored = accounts.find(row.id());
            AccountRequest request = stored
                    .map(a -> AccountRequests.withMasterData(a, row.name(), row.signupDate(), row.region(), row.segment()))
                    .orElseGet(() -> new AccountRequest(row.name(), row.plan(), row.seats(), BigDecimal.ZERO,
                            row.signupDate(), null, null, row.region(), row.segment(), false, false, false, null));
            if (stored.isPresent() && AccountRequests.unchanged(stored.get(), request)) {
                results.add(RowResult.DUPLICATE);
                continue;
            }
            accounts.put(row.id(), request);
            if (stored.isPresent()) {
                updated++;
            } else {
                created++;
            }
            results.add(RowResult.ACCEPTED);
        }
        return new ChunkResult(results, Map.of("accountsCreated", created, "accountsUpdated", updated));
    }
}
