package com.localizevideos.headroom.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.localizevideos.headroom.account.AccountRequest;
import com.localizevideos.headroom.account.AccountService;
import com.localizevideos.headroom.common.ApiConfig;
import com.localizevideos.headroom.evaluation.EvaluationRequest;
import com.localizevideos.headroom.audit.chain.ChainSealer;
import com.localizevideos.headroom.evaluation.EvaluationService;
import com.localizevideos.headroom.evaluation.EvaluationView;
import com.localizevideos.headroom.observation.ObservationBatchRequest;
import com.localizevideos.headroom.observation.ObservationBatchView;
import com.localizevideos.headroom.observation.ObservationService;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The main job on the shipped sample: loads accounts and observations through the same services the API uses,
 * evaluates every account as of the sample's instant and prints a summary. Runs after the rule base is active.
 */
@ApplicationScoped
public class SampleRun {
    /** The principal the sample's decisions are recorded under: the job runs outside any request. */
    public static final String PRINCIPAL = "headroom-sample";

    @Inject
    SampleConfig config;

    @Inject
    ApiConfig api;

    @Inject
    ObjectMapper json;

    @Inject
    AccountService accounts;

    @Inject
    ObservationService observations;

    @Inject
    EvaluationService evaluations;

    @Inject
    ChainSealer chain;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (config.load()) {
            System.out.println(run());
            System.out.printf("%nHeadroom is up at http://localhost:%d  (API docs http://localhost:%d/q/swagger-ui)%n",
                    port, port);
        }
    }

    /** Loads and evaluates the sample; returns the printable summary. */
    public String run() {
        Result result = load();
        chain.sealAll();
        return summarise(result);
    }

    /** One evaluated sample account. */
    public record Evaluated(String name, EvaluationView evaluation) {
    }

    /** What a run did: counts and one evaluation per sample account, in file order. */
    public record Result(String description, java.time.Instant asOf, int accounts, int accepted, int duplicates,
                         List<Evaluated> evaluations) {
    }

    private static String summarise(Result r) {
        StringBuilder out = new StringBuilder("Headroom — " + r.description() + "\n");
        out.append(String.format("Loaded %d accounts; %d observations stored, %d already present.%n",
                r.accounts(), r.accepted(), r.duplicates()));
        if (!r.evaluations().isEmpty()) {
            out.append("Rule set ").append(r.evaluations().get(0).evaluation().rulesetVersion())
                    .append(", evaluated as of ").append(r.asOf()).append('\n');
        }
        r.evaluations().forEach(e -> out.append(DecisionSummary.of(e.name(), e.evaluation())));
        return out.toString();
    }

    /** Loads the sample through the services and evaluates every account as of the sample's instant. */
    public Result load() {
        SampleData sample = read();
        List<String> names = new ArrayList<>();
        for (var account : sample.accounts()) {
            String id = (String) account.get("id");
            var body = new java.util.LinkedHashMap<>(account);
            body.remove("id");
            accounts.put(id, json.convertValue(body, AccountRequest.class));
            names.add((String) account.get("name"));
        }
        int accepted = 0;
        int duplicates = 0;
        ArrayNode all = (ArrayNode) sample.observations();
        for (int from = 0; from < all.size(); from += api.maxBatchSize()) {
            ArrayNode batch = json.createArrayNode();
            for (int i = from; i < Math.min(all.size(), from + api.maxBatchSize()); i++) {
                batch.add(all.get(i));
            }
            ObservationBatchView result = observations.ingest(new ObservationBatchRequest(batch));
            accepted += result.accepted();
            duplicates += result.duplicates();
            if (!result.rejected().isEmpty()) {
                throw new IllegalStateException("sample observations rejected: " + result.rejected());
            }
        }
        List<Evaluated> evaluated = new ArrayList<>();
        for (int i = 0; i < sample.accounts().size(); i++) {
            String id = (String) sample.accounts().get(i).get("id");
            evaluated.add(new Evaluated(names.get(i), evaluations.evaluate(new EvaluationRequest(id, sample.asOf()), PRINCIPAL)));
        }
        return new Result(sample.description(), sample.asOf(), sample.accounts().size(), accepted, duplicates, evaluated);
    }

    private SampleData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.resource())) {
            if (in == null) {
                throw new IllegalStateException("sample resource not found: " + config.resource());
            }
            JsonNode tree = json.readTree(in);
            return json.treeToValue(tree, SampleData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
