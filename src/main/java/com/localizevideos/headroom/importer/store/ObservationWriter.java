package com.localizevideos.headroom.importer.store;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.localizevideos.headroom.account.AccountRepository;
import com.localizevideos.headroom.importer.mapping.ObservationRow;
import com.localizevideos.headroom.observation.ObservationService;
import com.localizevideos.headroom.observation.RejectedObservationView;

/**
 * Writes rows that stand for observations (feature usage, support tickets) through
 * {@link ObservationService#append}: the same validation and idempotent insert as {@code POST /api/v1/observations},
 * one call per chunk. Rows of a subscription get its account; an unknown subscription or account rejects the row.
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class ObservationWriter implements ChunkWriter<ObservationRow> {

    private final ObservationService observations;
    private final SubscriptionRepository subscriptions;
    private final AccountRepository accounts;
    private final ObjectMapper json;

    public ObservationWriter(ObservationService observations, SubscriptionRepository subscriptions,
                             AccountRepository accounts, ObjectMapper json) {
        this.observations = observations;
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public ChunkResult write(List<ObservationRow> rows) {
        String[] accountOf = resolveAccounts(rows);
        Set<String> known = accounts.findExistingIds(
                Arrays.stream(accountOf).filter(Objects::nonNull).collect(Collectors.toSet()));
        ArrayNode items = json.createArrayNode();
        List<Integer> rowOfItem = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ObservationRow row = rows.get(i);
            List<String> rowReasons = new ArrayList<>();
            reasons.add(rowReasons);
            if (accountOf[i] == null) {
                rowReasons.add("subscription " + row.subscriptionId() + " is not known; import subscriptions first");
            } else if (!known.contains(accountOf[i])) {
                rowReasons.add("account " + accountOf[i] + " is not known; import accounts first");
            } else {
                for (ObservationRow.Draft draft : row.observations()) {
                    items.add(item(accountOf[i], draft));
                    rowOfItem.add(i);
                }
            }
        }
        ObservationService.Appended appended = items.isEmpty()
                ? new ObservationService.Appended(Set.of(), List.of()) : observations.append(items);
        for (RejectedObservationView rejected : appended.rejected()) {
            reasons.get(rowOfItem.get(rejected.index())).addAll(rejected.reasons());
        }
        List<RowResult> results = new ArrayList<>(rows.size());
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!reasons.get(i).isEmpty()) {
                results.add(RowResult.rejected(new ArrayList<>(new LinkedHashSet<>(reasons.get(i)))));
            } else {
                List<String> ids = rows.get(i).observations().stream().map(ObservationRow.Draft::id).toList();
                results.add(RowResult.storedIf(RowResult.claimsNew(ids, appended.stored(), claimed)));
            }
        }
        return new ChunkResult(results, Map.of("observations", (long) appended.stored().size()));
    }

    /** The account of each row: its own, or its subscription's (null when the subscription is not known). */
    private String[] resolveAccounts(List<ObservationRow> rows) {
        Map<String, Set<String>> subscriptionIds = new HashMap<>();
        for (ObservationRow row : rows) {
            if (row.accountId() == null) {
                subscriptionIds.computeIfAbsent(row.subscriptionSource(), s -> new HashSet<>()).add(row.subscriptionId());
            }
        }
        Map<String, Map<String, String>> bySource = new HashMap<>();
        subscriptionIds.forEach((source, ids) -> bySource.put(source, subscriptions.accountsOf(source, ids)));
        String[] accountOf = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ObservationRow row = rows.get(i);
            accountOf[i] = row.accountId() != null ? row.accountId()
                    : bySource.get(row.subscriptionSource()).get(row.subscriptionId());
        }
        return accountOf;
    }

    private ObjectNode item(String accountId, ObservationRow.Draft draft) {
        ObjectNode item = json.createObjectNode()
                .put("id", draft.id())
                .put("accountId", accountId)
                .put("metric", draft.metric().code());
        if (draft.dimension() != null) {
            item.put("dimension", draft.dimension());
        }
        return item.put("value", draft.value())
                .put("observedAt", draft.observedAt().toString())
                .put("source", draft.source());
    }
}
