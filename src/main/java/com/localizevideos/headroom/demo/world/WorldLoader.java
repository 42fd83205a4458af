package com.localizevideos.headroom.demo.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.AccountService;
import com.localizevideos.headroom.account.PlanCode;
import com.localizevideos.headroom.common.ApiConfig;
import com.localizevideos.headroom.observation.ObservationBatchRequest;
import com.localizevideos.headroom.observation.ObservationBatchView;
import com.localizevideos.headroom.observation.ObservationService;

/** Writes the generated world through the same services the API uses: accounts, observations, outcomes. */
@ApplicationScoped
public class WorldLoader {
    @Inject
    AccountService accounts;

    @Inject
    ObservationService observations;

    @Inject
    WorldOutcomeWriter outcomes;

    @Inject
    ApiConfig api;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Counts of one load. */
    public record Loaded(int accounts, long accepted, long duplicates, int outcomes) {
    }

    public Loaded load(int count, long seed, int days, java.time.Instant end) {
        LocalDate endDay = end.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate startDay = endDay.minusDays(days);
        long accepted = 0;
        long duplicates = 0;
        int outcomeCount = 0;
        for (int i = 0; i < count; i++) {
            Persona p = PersonaFactory.create(seed, i, startDay, endDay);
            accounts.put(p.id(), request(p));
            List<WorldObservation> generated = new UsageSynth(p, seed, startDay, endDay).generate();
            for (int from = 0; from < generated.size(); from += api.maxBatchSize()) {
                ObservationBatchView view = observations.ingest(new ObservationBatchRequest(
                        batch(generated.subList(from, Math.min(generated.size(), from + api.maxBatchSize())))));
                if (!view.rejected().isEmpty()) {
                    throw new IllegalStateException("generated observations rejected: " + view.rejected().get(0));
                }
                accepted += view.accepted();
                duplicates += view.duplicates();
            }
            outcomeCount += outcomes.write(OutcomeSynth.of(p, seed, startDay, endDay));
        }
        return new Loaded(count, accepted, duplicates, outcomeCount);
    }

    /**
     * Gives every account its ARR at the world's end: the starting ARR plus the ARR deltas of its events (expansions,
     * contractions, churn to 0), so that ARR now minus later deltas is the ARR at any earlier instant (NRR). Answers
     * how many accounts changed.
     */
    @jakarta.transaction.Transactional
    public int settleArr(int count, long seed, int days, java.time.Instant end) {
        LocalDate endDay = end.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate startDay = endDay.minusDays(days);
        java.util.Map<String, BigDecimal> deltas = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("""
                select account_id, sum(arr_delta) from commercial_event
                 where source = 'demo-world' and arr_delta is not null group by account_id""").getResultList()) {
            Object[] r = (Object[]) row;
            deltas.put((String) r[0], (BigDecimal) r[1]);
        }
        int changed = 0;
        for (int i = 0; i < count; i++) {
            Persona p = PersonaFactory.create(seed, i, startDay, endDay);
            BigDecimal delta = deltas.get(p.id());
            if (delta != null && delta.signum() != 0) {
                BigDecimal arr = arrOf(p).add(delta).max(BigDecimal.ZERO);
                AccountRequest r = request(p);
                accounts.put(p.id(), new AccountRequest(r.name(), r.plan(), r.seatsLicensed(), arr, r.billingCycleStart(),
                        r.renewalDate(), r.fiscalYearStartMonth(), r.region(), r.segment(), r.strategic(),
                        r.doNotContact(), r.inDunning(), r.owner()));
                changed++;
            }
        }
        return changed;
    }

    private static BigDecimal arrOf(Persona p) {
        return BigDecimal.valueOf(p.arr()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static AccountRequest request(Persona p) {
        return new AccountRequest(p.name(), PlanCode.valueOf(p.plan().name()), p.seatsLicensed(),
                arrOf(p), p.billingCycleStart(),
                p.renewalDate(), p.fiscalYearStartMonth(), p.region(), p.segment(), p.strategic(), p.doNotContact(),
                p.inDunning(), p.owner());
    }

    private ArrayNode batch(List<WorldObservation> items) {
        ArrayNode array = json.createArrayNode();
        for (WorldObservation o : items) {
            ObjectNode node = array.addObject();
            node.put("id", o.id());
            node.put("accountId", o.accountId());
            node.put("metric", o.metric());
            if (o.dimension() != null) {
                node.put("dimension", o.dimension());
            }
            node.put("value", o.value());
            node.put("observedAt", o.observedAt().toString());
            node.put("source", "demo-world");
        }
        return array;
    }
}
