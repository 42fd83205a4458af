package com.localizevideos.headroom.importer.store;

import static jakarta.transaction.Transactional.TxType.NOT_SUPPORTED;
import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.account.AccountRepository;
import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventService;
import com.localizevideos.headroom.importer.mapping.SubscriptionRow;

/**
 * Writes subscriptions.csv rows: the subscription itself and its EXPANSION/CONTRACTION events (through
 * {@link CommercialEventService}). After the last chunk, {@link #finish} gives every account with subscriptions
 * from the source its current plan, seats, ARR and renewal date (through the account service).
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class SubscriptionWriter implements ChunkWriter<SubscriptionRow> {

    private static final int ACCOUNTS_PER_TRANSACTION = 500;

    private final SubscriptionRepository subscriptions;
    private final AccountRepository accounts;
    private final CommercialEventService events;
    private final AccountContracts contracts;
    private final Clock clock;

    public SubscriptionWriter(SubscriptionRepository subscriptions, AccountRepository accounts,
                              CommercialEventService events, AccountContracts contracts, Clock clock) {
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.events = events;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public ChunkResult write(List<SubscriptionRow> rows) {
        Set<String> known = accounts.findExistingIds(
                rows.stream().map(SubscriptionRow::accountId).collect(Collectors.toSet()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean[] changed = new boolean[rows.size()];
        List<CommercialEvent> outcomes = new ArrayList<>();
        long written = 0;
        for (int i = 0; i < rows.size(); i++) {
            SubscriptionRow row = rows.get(i);
            if (known.contains(row.accountId())) {
                changed[i] = subscriptions.upsert(row, now);
                written += changed[i] ? 1 : 0;
                outcomes.addAll(row.events());
            }
        }
        Set<String> recorded = events.record(outcomes);
        List<RowResult> results = new ArrayList<>(rows.size());
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SubscriptionRow row = rows.get(i);
            if (!known.contains(row.accountId())) {
                results.add(RowResult.rejected("account " + row.accountId() + " is not known; import accounts first"));
            } else {
                List<String> eventIds = row.events().stream().map(CommercialEvent::getId).toList();
                boolean newEvent = RowResult.claimsNew(eventIds, recorded, claimed);
                results.add(RowResult.storedIf(changed[i] || newEvent));
            }
        }
        return new ChunkResult(results, Map.of("subscriptions", written, "events", (long) recorded.size()));
    }

    /** Refreshes the contract fields of every account with subscriptions from {@code source}, a page per transaction. */
    @Override
    @Transactional(NOT_SUPPORTED)
    public Map<String, Long> finish(String source) {
        LocalDate today = LocalDate.now(clock);
        long updated = 0;
        String after = "";
        while (true) {
            AccountContracts.Page page = contracts.refresh(source, after, ACCOUNTS_PER_TRANSACTION, today);
            updated += page.updated();
            if (page.lastAccountId() == null) {
                return Map.of("accountsUpdated", updated);
            }
            after = page.lastAccountId();
        }
    }
}
