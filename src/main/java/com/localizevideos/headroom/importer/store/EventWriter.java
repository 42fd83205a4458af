package com.localizevideos.headroom.importer.store;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

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

/** Writes rows that stand for one commercial event each (churn events) through {@link CommercialEventService}. */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class EventWriter implements ChunkWriter<CommercialEvent> {

    private final CommercialEventService events;
    private final AccountRepository accounts;

    public EventWriter(CommercialEventService events, AccountRepository accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public ChunkResult write(List<CommercialEvent> rows) {
        Set<String> known = accounts.findExistingIds(
                rows.stream().map(CommercialEvent::getAccountId).collect(Collectors.toSet()));
        Set<String> recorded = events.record(rows.stream().filter(e -> known.contains(e.getAccountId())).toList());
        List<RowResult> results = new ArrayList<>(rows.size());
        Set<String> claimed = new HashSet<>();
        for (CommercialEvent event : rows) {
            results.add(known.contains(event.getAccountId())
                    ? RowResult.storedIf(RowResult.claimsNew(List.of(event.getId()), recorded, claimed))
                    : RowResult.rejected("account " + event.getAccountId() + " is not known; import accounts first"));
        }
        return new ChunkResult(results, Map.of("events", (long) recorded.size()));
    }
}
