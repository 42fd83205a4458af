package com.localizevideos.headroom.commercial;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.account.AccountRepository;

/** Records commercial events idempotently by id and lists them per account. */
@ApplicationScoped
@Transactional(REQUIRED)
public class CommercialEventService {

    private final CommercialEventRepository events;
    private final AccountRepository accounts;
    private final Clock clock;

    public CommercialEventService(CommercialEventRepository events, AccountRepository accounts, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Stores the events whose id is new; the caller has checked that their accounts exist. Returns the ids stored
     * (an id seen before is a duplicate and ignored, like observations).
     */
    public Set<String> record(List<CommercialEvent> batch) {
        return events.insertIgnoringDuplicates(batch, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** The account's events newest first, or empty when the account is unknown. */
    @Transactional(SUPPORTS)
    public Optional<List<CommercialEvent>> list(String accountId, int limit) {
        if (accounts.findExistingIds(List.of(accountId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(events.newestFirst(accountId, limit));
    }
}
