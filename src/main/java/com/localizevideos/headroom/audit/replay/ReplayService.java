package com.localizevideos.headroom.audit.replay;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.evaluation.DecisionReplayer;
import com.localizevideos.headroom.evaluation.Evaluation;
import com.localizevideos.headroom.evaluation.RuleLoopException;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.rulebase.RuleBaseRejectedException;
import com.localizevideos.headroom.rulebase.RuleBaseVersions;
import com.localizevideos.headroom.rulebase.StoredVersionException;
import jakarta.persistence.EntityManager;

/**
 * Replays a stored evaluation: its facts as asserted, reconstructed into the fact classes, run on its recorded
 * rule-set version (compiled from the stored files when it is not the active one), compared group by group with
 * the recorded answer. Writes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReplayService {
    /** Recorded fields that name the evaluation rather than result from it. */
    /** Taken from the record, not recomputed: who and when, the version, and the holdout cohort the decision was made in. */
    private static final List<String> IDENTITY = List.of("id", "accountId", "asOf", "rulesetVersion", "heldOut",
            "actions[].heldOut");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    RuleBaseVersions versions;

    @Inject
    RuleBaseConfig config;

    @Inject
    Instance<ReplayedOutput> outputs;

    @Inject
    ScoringReplay scoring;

    public ReplayView replay(UUID id) {
        Evaluation e = em.find(Evaluation.class, id);
        if (e == null) {
            throw new ProblemException(Problem.ofStatus(404, "Evaluation " + id + " is not known."));
        }
        JsonNode recordedFacts = read(e.facts, "facts");
        JsonNode recordedOutputs = read(e.decision, "decision");
        AccountSnapshot facts = reconstruct(e.facts);
        List<UUID> actionIds = new ArrayList<>();
        for (JsonNode a : recordedOutputs.path("actions")) {
            actionIds.add(a.hasNonNull("id") ? UUID.fromString(a.get("id").asText()) : null);
        }
        List<ReplayedOutput> groups = outputs.stream().sorted(Comparator.comparingInt(ReplayedOutput::order)).toList();
        try (RuleBaseVersions.Lease lease = versions.acquire(e.rulesetVersion)) {
            DecisionReplayer.Replayed replayed = DecisionReplayer.replay(lease.base(), facts, config.maxRuleFirings(),
                    e.id, e.accountId, e.asOf, actionIds, e.heldOut, decision -> scoring.rescore(e, facts, decision));
            ReplayContext context = new ReplayContext(e, recordedFacts, recordedOutputs, facts, replayed.decision(),
                    json.valueToTree(replayed.view()));
            List<ReplayDifference> differences = new ArrayList<>();
            groups.forEach(g -> differences.addAll(g.compare(context)));
            return new ReplayView(e.id, e.accountId, e.asOf, e.rulesetVersion, lease.active() ? "ACTIVE" : "STORED_FILES",
                    differences.isEmpty(), groups.stream().map(ReplayedOutput::group).toList(), differences,
                    notReplayed(recordedOutputs, groups));
        } catch (StoredVersionException ex) {
            throw unreplayable(id, ex.getMessage(), List.of());
        } catch (RuleBaseRejectedException ex) {
            throw unreplayable(id, "the stored files of version " + e.rulesetVersion + " do not compile",
                    ex.problems().stream().map(p -> LocatedProblem.atField("rulesetVersion", p.located())).toList());
        } catch (RuleLoopException ex) {
            throw unreplayable(id, "the replay " + ex.getMessage(), List.of());
        }
    }

    /** The stored facts in the fact class; a stored value the class cannot take makes the record unreplayable. */
    private AccountSnapshot reconstruct(String factsJson) {
        try {
            return json.readerFor(AccountSnapshot.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(factsJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new ProblemException("unreplayable", "Evaluation cannot be replayed", 409,
                    "the stored facts cannot be reconstructed as AccountSnapshot",
                    List.of(LocatedProblem.atField("facts", ex.getOriginalMessage())));
        } catch (IOException ex) {
            throw new ProblemException("unreplayable", "Evaluation cannot be replayed", 409,
                    "the stored facts cannot be reconstructed as AccountSnapshot",
                    List.of(LocatedProblem.atField("facts", "unreadable")));
        }
    }

    /** Recorded output fields (arrays as {@code []}) that neither name the evaluation nor are covered by a group. */
    static List<String> notReplayed(JsonNode outputs, List<ReplayedOutput> groups) {
        List<String> covered = new ArrayList<>(IDENTITY);
        groups.forEach(g -> covered.addAll(g.covers()));
        TreeSet<String> leaves = new TreeSet<>();
        collect("", outputs, leaves);
        return leaves.stream().filter(p -> covered.stream().noneMatch(c -> p.equals(c) || p.startsWith(c + ".")
                || p.startsWith(c + "["))).toList();
    }

    private static void collect(String path, JsonNode node, TreeSet<String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                collect(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(path + "[]", item, leaves);
            }
        } else if (!path.isEmpty()) {
            leaves.add(path);
        }
    }

    private JsonNode read(String text, String what) {
        try {
            return json.readTree(text);
        } catch (IOException ex) {
            throw unreplayable(null, "the stored " + what + " are not readable JSON", List.of());
        }
    }

    private static ProblemException unreplayable(UUID id, String detail, List<LocatedProblem> problems) {
        return new ProblemException("unreplayable", "Evaluation cannot be replayed", 409,
                (id == null ? "" : "evaluation " + id + ": ") + detail, problems);
    }
}
