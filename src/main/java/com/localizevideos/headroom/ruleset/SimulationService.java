package com.localizevideos.headroom.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseCompiler;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.rulebase.RuleSetVersion;
import com.localizevideos.headroom.rulebase.RuleSetVersionService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-runs the stored point-in-time facts of a period's evaluations (the latest per account, by {@code asOf}) through
 * a version and through the active one, and answers the impact. The result is stored with the version.
 */
@ApplicationScoped
public class SimulationService {
    /** Accounts whose decision changed that a simulation lists by name. */
    static final int LISTED = 50;
    static final String PIPELINE_BASIS = "accounts with a commercial offer started (TIER_COMPARISON_INSIGHT, "
            + "SALES_ASSISTED_UPSELL, CUSTOM_PLAN, CONTRACT_EXPANSION), each valued at the next plan's monthly price step "
            + "x 12, or 15% of ARR on the top plan (the main job's basis)";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ActiveRuleBase active;

    @Inject
    RuleBaseConfig ruleBaseConfig;

    @Inject
    RuleSetVersionService versions;

    @Inject
    RuleSetConfig config;

    @Inject
    RuleSetEventLog events;

    public SimulationView simulate(String version, Instant from, Instant to, String principal) {
        if (em.find(RuleSetVersion.class, version) == null) {
            throw RuleSetService.notFound(version);
        }
        long accounts = ((Number) em.createNativeQuery(
                        "select count(distinct account_id) from evaluation where as_of >= ?1 and as_of < ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();
        if (accounts > config.simulationMaxEvaluations()) {
            throw new ProblemException("simulation-too-large", "Period too large", 422, "The period holds evaluations of "
                    + accounts + " accounts; at most " + config.simulationMaxEvaluations() + " are simulated at once.",
                    List.of(LocatedProblem.atField("to", "choose a shorter period")));
        }
        CompiledRuleBase baseline = active.require();
        boolean same = baseline.version().equals(version);
        CompiledRuleBase candidate = same ? baseline : RuleBaseCompiler.compile(versions.storedSources(version), 1);
        try {
            SimulationView view = run(version, candidate, baseline, from, to, principal);
            return QuarkusTransaction.joiningExisting().call(() -> store(view));
        } finally {
            if (!same) {
                candidate.dispose();
            }
        }
    }

    private SimulationView run(String version, CompiledRuleBase candidate, CompiledRuleBase baseline, Instant from, Instant to,
                               String principal) {
        ObjectReader facts = json.readerFor(AccountSnapshot.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<?> rows = em.createNativeQuery("""
                        select distinct on (account_id) account_id, facts::text from evaluation
                         where as_of >= ?1 and as_of < ?2 order by account_id, as_of desc, created_at desc
                        """).setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, Map<String, Integer>> tiers = new LinkedHashMap<>();
        for (Tier a : Tier.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Tier b : Tier.values()) {
                row.put(b.name(), 0);
            }
            tiers.put(a.name(), row);
        }
        Map<String, int[]> actions = new TreeMap<>();
        double pipelineBase = 0;
        double pipelineCand = 0;
        int offersBase = 0;
        int offersCand = 0;
        int humanBase = 0;
        int humanCand = 0;
        int scoreChanged = 0;
        List<String> newlySuppressed = new ArrayList<>();
        int suppressedCount = 0;
        List<SimulationView.AccountChange> changes = new ArrayList<>();
        int max = ruleBaseConfig.maxRuleFirings();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String accountId = (String) r[0];
            AccountSnapshot snapshot;
            try {
                snapshot = facts.readValue((String) r[1]);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored facts of " + accountId + " unreadable", e);
            }
            Decision b = DecisionRunner.decide(baseline, snapshot, max);
            Decision c = DecisionRunner.decide(candidate, copy(facts, (String) r[1]), max);
            tiers.computeIfAbsent(tier(b), t -> new LinkedHashMap<>()).merge(tier(c), 1, Integer::sum);
            if (b.readiness().getScore() != c.readiness().getScore()) {
                scoreChanged++;
            }
            List<String> before = keys(b);
            List<String> after = keys(c);
            List<String> added = new ArrayList<>(after);
            before.forEach(added::remove);
            List<String> removed = new ArrayList<>(before);
            after.forEach(removed::remove);
            before.forEach(k -> actions.computeIfAbsent(k, x -> new int[4])[0]++);
            after.forEach(k -> actions.computeIfAbsent(k, x -> new int[4])[1]++);
            added.forEach(k -> actions.get(k)[2]++);
            removed.forEach(k -> actions.get(k)[3]++);
            humanBase += humanContacts(b);
            humanCand += humanContacts(c);
            if (hasOffer(b)) {
                offersBase++;
                pipelineBase += potential(snapshot);
            }
            if (hasOffer(c)) {
                offersCand++;
                pipelineCand += potential(snapshot);
            }
            if (b.suppressed().isEmpty() && !c.suppressed().isEmpty()) {
                suppressedCount++;
                if (newlySuppressed.size() < LISTED) {
                    newlySuppressed.add(accountId);
                }
            }
            boolean changed = !added.isEmpty() || !removed.isEmpty() || b.readiness().getScore() != c.readiness().getScore();
            if (changed && changes.size() < LISTED) {
                changes.add(new SimulationView.AccountChange(accountId, tier(b), tier(c), b.readiness().getScore(), c.readiness().getScore(), added, removed));
            }
        }
        List<SimulationView.ActionDelta> deltas = actions.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("/");
            int[] n = e.getValue();
            return new SimulationView.ActionDelta(k[0], k[1], n[0], n[1], n[2], n[3]);
        }).toList();
        return new SimulationView(UUID.randomUUID().toString(), version, baseline.version(), from, to,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), principal, rows.size(), scoreChanged, tiers, deltas,
                new SimulationView.Pipeline(round(pipelineBase), round(pipelineCand), round(pipelineCand - pipelineBase), offersBase,
                        offersCand, PIPELINE_BASIS),
                new SimulationView.Delta(humanBase, humanCand, humanCand - humanBase),
                new SimulationView.Suppressed(suppressedCount, newlySuppressed), changes);
    }

    private SimulationView store(SimulationView view) {
        RuleSetSimulation s = new RuleSetSimulation();
        s.id = UUID.fromString(view.id());
        s.version = view.version();
        s.baselineVersion = view.baselineVersion();
        s.periodFrom = view.from();
        s.periodTo = view.to();
        s.createdAt = view.createdAt();
        s.createdBy = view.createdBy();
        s.result = write(view);
        em.persist(s);
        RuleSetReview review = em.find(RuleSetReview.class, view.version());
        if (review != null && RuleSetService.Status.DRAFT.name().equals(review.state)) {
            review.state = RuleSetService.Status.CHECKED.name();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("simulation", view.id());
        detail.put("baselineVersion", view.baselineVersion());
        detail.put("from", view.from().toString());
        detail.put("to", view.to().toString());
        detail.put("accounts", view.accounts());
        detail.put("scoreChanged", view.scoreChanged());
        detail.put("pipelineDelta", view.pipeline().delta());
        detail.put("humanContactsDelta", view.humanContacts().delta());
        detail.put("newlySuppressed", view.newlySuppressed().count());
        events.append(RuleSetEventLog.Kind.SIMULATED, view.createdBy(), view.version(), null, detail);
        em.flush();
        return view;
    }

    List<RuleSetView.SimulationSummary> summaries(String version) {
        return em.createQuery("from RuleSetSimulation where version = :v order by createdAt desc", RuleSetSimulation.class)
                .setParameter("v", version).getResultList().stream()
                .map(s -> new RuleSetView.SimulationSummary(s.id.toString(), s.createdAt, s.createdBy, s.baselineVersion,
                        s.periodFrom, s.periodTo, read(s.result).accounts()))
                .toList();
    }

    Optional<SimulationView> latest(String version) {
        return em.createQuery("from RuleSetSimulation where version = :v order by createdAt desc", RuleSetSimulation.class)
                .setParameter("v", version).setMaxResults(1).getResultStream().findFirst().map(s -> read(s.result));
    }

    private static List<String> keys(Decision d) {
        List<String> keys = new ArrayList<>();
        for (ProposedAction a : d.actions()) {
            keys.add(a.getPlaybook().name() + "/" + (a.getChannel() == null ? "UNROUTED" : a.getChannel().name()));
        }
        return keys;
    }

    private static String tier(Decision d) {
        return d.readiness().getTier() == null ? "NONE" : d.readiness().getTier().name();
    }

    private static int humanContacts(Decision d) {
        return (int) d.actions().stream().filter(a -> a.getChannel() != null && a.getChannel().isHuman()).count();
    }

    private static boolean hasOffer(Decision d) {
        return d.actions().stream().map(ProposedAction::getPlaybook).anyMatch(Playbook::isOffer);
    }

    private static double potential(AccountSnapshot s) {
        return s.getNextTierMonthlyStep() != null ? s.getNextTierMonthlyStep() * 12 : s.getArr() * 0.15;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static AccountSnapshot copy(ObjectReader facts, String text) {
        try {
            return facts.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SimulationView read(String text) {
        try {
            return json.readValue(text, SimulationView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored simulation unreadable", e);
        }
    }
}
