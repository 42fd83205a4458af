package com.localizevideos.headroom.importer.store;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.AccountService;

/** Sets accounts' plan, seats, ARR and renewal date from their current subscription, through the account service. */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class AccountContracts {

    /** One page of accounts: the last id seen (null when there were none) and how many accounts changed. */
    public record Page(String lastAccountId, long updated) {
    }

    private final SubscriptionRepository subscriptions;
    private final AccountService accounts;

    public AccountContracts(SubscriptionRepository subscriptions, AccountService accounts) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
    }

    /** Refreshes up to {@code limit} accounts with subscriptions from {@code source} after {@code afterAccountId}. */
    public Page refresh(String source, String afterAccountId, int limit, LocalDate today) {
        List<String> ids = subscriptions.accountsPage(source, afterAccountId, limit);
        Map<String, SubscriptionRepository.Current> current = subscriptions.current(ids, today);
        long updated = 0;
        for (String id : ids) {
            SubscriptionRepository.Current contract = current.get(id);
            var stored = accounts.find(id);
            if (contract == null || stored.isEmpty()) {
                continue;
            }
            AccountRequest request = AccountRequests.withContract(stored.get(), contract.plan(), contract.seats(),
                    contract.currentArr(), contract.renewalDate(today));
            if (!AccountRequests.unchanged(stored.get(), request)) {
                accounts.put(id, request);
                updated++;
            }
        }
        return new Page(ids.isEmpty() ? null : ids.get(ids.size() - 1), updated);
    }
}
