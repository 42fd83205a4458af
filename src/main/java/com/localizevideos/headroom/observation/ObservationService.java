package com.localizevideos.headroom.observation;

import static jakarta.transaction.Transactional.TxType.REQUIRED;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.localizevideos.headroom.account.AccountRepository;
import com.localizevideos.headroom.common.ApiConfig;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.common.Text;

/**
 * Stores observation batches append-only and idempotently by id. Each item is validated on its own: valid items are
 * stored even when others are rejected. A batch where every item is rejected is refused with 422.
 */
@ApplicationScoped
@Transactional(REQUIRED)
public class ObservationService {

    private final ObservationRepository observations;
    private final AccountRepository accounts;
    private final ApiConfig config;
    private final Clock clock;

    public ObservationService(ObservationRepository observations, AccountRepository accounts, ApiConfig config,
                              Clock clock) {
        this.observations = observations;
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    /** What {@link #append} did: the ids stored by this call, and the rejected items with every reason. */
    public record Appended(Set<String> stored, List<RejectedObservationView> rejected) {
    }

    /** Result of validating and storing items: the ids stored by this call and the rejected items. */
    private record Stored(Set<String> ids, List<ObservationParser.Item> rejected) {
    }

    public ObservationBatchView ingest(ObservationBatchRequest request) {
        JsonNode items = checkShape(request);
        Stored stored = store(items);
        if (stored.rejected().size() == items.size()) {
            throw allRejected(stored.rejected());
        }
        int accepted = stored.ids().size();
        int duplicates = items.size() - stored.rejected().size() - accepted;
        return new ObservationBatchView(accepted, duplicates, views(stored.rejected()));
    }

    /**
     * Validates and stores a JSON array of items exactly as {@link #ingest} does (same parser, same account check,
     * same idempotent insert), for callers that split a large input into chunks themselves, such as CSV imports:
     * there is no batch-size limit and no 422 when every item is rejected; the caller reports the rejections.
     */
    public Appended append(JsonNode items) {
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("append takes a JSON array of observation items");
        }
        Stored stored = store(items);
        return new Appended(stored.ids(), views(stored.rejected()));
    }

    private Stored store(JsonNode items) {
        Set<String> named = new HashSet<>();
        // Only ids that can be stored are looked up (PostgreSQL refuses U+0000); the parser rejects the others.
        items.forEach(item -> ObservationParser.accountId(item).filter(id -> Text.problem(id).isEmpty())
                .ifPresent(named::add));
        Set<String> knownAccounts = accounts.findExistingIds(named);
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);

        List<ObservationParser.Item> rejected = new ArrayList<>();
        List<Observation> fresh = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ObservationParser.Item item = ObservationParser.parse(i, items.get(i), knownAccounts, receivedAt);
            if (!item.valid()) {
                rejected.add(item);
            } else if (ids.add(item.id())) {
                fresh.add(item.observation());
            }
        }
        return new Stored(observations.insertIgnoringDuplicates(fresh), rejected);
    }

    private static List<RejectedObservationView> views(List<ObservationParser.Item> rejected) {
        return rejected.stream()
                .map(item -> new RejectedObservationView(item.index(), item.id(),
                        item.reasons().stream().map(ObservationParser.Reason::message).toList()))
                .toList();
    }

    private JsonNode checkShape(ObservationBatchRequest request) {
        JsonNode items = request.observations();
        String problem = null;
        if (items == null || items.isNull()) {
            problem = "is required: an array of observations";
        } else if (!items.isArray()) {
            problem = "must be an array of observations";
        } else if (items.isEmpty()) {
            problem = "must contain at least one observation";
        }
        if (problem != null) {
            throw new ProblemException("invalid-request", "Request is not valid", 400,
                    "Field 'observations' " + problem + ".", List.of(LocatedProblem.atField("observations", problem)));
        }
        if (items.size() > config.maxBatchSize()) {
            String detail = "The batch has " + items.size() + " observations; at most " + config.maxBatchSize()
                    + " are accepted per request. Split it into smaller batches.";
            throw new ProblemException("batch-too-large", "Batch too large", 413, detail,
                    List.of(LocatedProblem.atField("observations", detail)));
        }
        return items;
    }

    private static ProblemException allRejected(List<ObservationParser.Item> rejected) {
        List<LocatedProblem> problems = new ArrayList<>();
        for (ObservationParser.Item item : rejected) {
            String at = "observations[" + item.index() + "]";
            for (ObservationParser.Reason reason : item.reasons()) {
                problems.add(LocatedProblem.atField(reason.field() == null ? at : at + "." + reason.field(),
                        reason.message()));
            }
        }
        return new ProblemException("observations-rejected", "Every observation was rejected", 422,
                "None of the " + rejected.size() + " observations was stored; fix the problems listed and resend.",
                problems);
    }
}
