package com.localizevideos.headroom.common.corpus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.evaluation.SampleAccount;
import com.localizevideos.headroom.security.AdminCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Runs the malformed-request corpus ({@link MalformedCorpus}) against the running service: every case must answer a
 * 4xx {@code application/problem+json} with a detail or a located problem (never a 5xx, never a stack trace or a
 * class name), and no case may change any table. A failure lists every failing case by name.
 */
@QuarkusTest
class MalformedRequestCorpusTest {
    private static final Pattern LEAK = Pattern.compile("\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.|Exception\\b|\\tat ");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void everyMalformedRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
        MalformedCorpus.Fixture fixture = fixture();
        boolean rulesetUploads = rulesetUploadExists();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        Set<String> names = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int problems = 0;
        int rejectedRowCases = 0;
        List<String> perSource = new ArrayList<>();
        for (Map.Entry<String, Function<MalformedCorpus.Fixture, List<MalformedCase>>> source : MalformedCorpus.SOURCES) {
            if (source.getKey().equals("rulesets") && !rulesetUploads) {
                System.out.println("corpus: POST /api/v1/rulesets does not exist yet; hostile-workbook cases skipped");
                continue;
            }
            Map<String, String> before = DatabaseFingerprint.of(dataSource);
            List<MalformedCase> cases = source.getValue().apply(fixture);
            for (MalformedCase c : cases) {
                assertTrue(names.add(c.name()), "two cases are named " + c.name());
                String failure = check(client, c);
                if (failure != null) {
                    failures.add(c.name() + ": " + failure);
                }
                if (c.expect() == MalformedCase.Expect.PROBLEM) {
                    problems++;
                } else {
                    rejectedRowCases++;
                }
            }
            perSource.add(source.getKey() + "=" + cases.size());
            List<String> changed = DatabaseFingerprint.changes(before, DatabaseFingerprint.of(dataSource));
            if (!changed.isEmpty()) {
                failures.add(source.getKey() + " cases changed the database: " + changed);
            }
        }
        System.out.printf("corpus: %d malformed requests answered with a problem, %d hostile CSV files with every row"
                + " rejected, %d failures (%s)%n", problems, rejectedRowCases, failures.size(), String.join(", ", perSource));
        assertTrue(failures.isEmpty(), failures.size() + " corpus case(s) failed:\n" + String.join("\n", failures));
        assertTrue(problems >= 500, "the corpus has only " + problems + " malformed requests");
    }

    /** Null when the case answered as it must, else what was wrong. */
    private String check(HttpClient client, MalformedCase c) {
        HttpResponse<String> response;
        try {
            response = client.send(request(c), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return "no answer: " + e;
        }
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String shown = status + " " + type + " " + body.substring(0, Math.min(300, body.length()));
        if (LEAK.matcher(body).find()) {
            return "the body names a Java class or a stack frame: " + shown;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception e) {
            return "the body is not JSON: " + shown;
        }
        if (c.expect() == MalformedCase.Expect.ALL_ROWS_REJECTED) {
            boolean ok = status == 200 && json.path("accepted").asInt(-1) == 0 && json.path("duplicates").asInt(-1) == 0
                    && json.path("rows").asInt(0) >= 1 && json.path("rejectedCount").asInt() == json.path("rows").asInt();
            for (JsonNode row : json.path("rejected")) {
                ok &= row.path("line").asInt(0) > 1 && row.path("reasons").size() > 0;
            }
            return ok ? null : "expected 200 with every row rejected and located: " + shown;
        }
        if (status < 400 || status > 499) {
            return "expected a 4xx: " + shown;
        }
        if (!type.startsWith("application/problem+json")) {
            return "expected application/problem+json: " + shown;
        }
        if (json.path("status").asInt() != status || json.path("title").asText("").isBlank()) {
            return "the problem's status/title do not match: " + shown;
        }
        boolean located = false;
        for (JsonNode problem : json.path("problems")) {
            located |= !problem.path("message").asText("").isBlank();
        }
        if (!located && json.path("detail").asText("").isBlank()) {
            return "the problem has neither a detail nor a located problem: " + shown;
        }
        return null;
    }

    private HttpRequest request(MalformedCase c) {
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + c.path()))
                .timeout(Duration.ofSeconds(20)).method(c.method(), body)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (AdminCredentials.USER + ":" + AdminCredentials.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        c.headers().forEach(request::header);
        return request.build();
    }

    /** An account with an evaluation that started actions, made through the API, and one used idempotency key. */
    private static MalformedCorpus.Fixture fixture() {
        SampleAccount account = SampleAccount.nearQuota();
        String key = "corpus-" + UUID.randomUUID();
        String body = "{\"accountId\":\"" + account.id() + "\",\"asOf\":\"" + SampleAccount.AS_OF + "\"}";
        var evaluation = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/evaluations").then().statusCode(201).extract();
        String actionId = evaluation.path("actions[0].id");
        assertTrue(actionId != null, "the fixture's evaluation started no action");
        return new MalformedCorpus.Fixture(account.id(), actionId, key, body, evaluation.path("id"));
    }

    private static boolean rulesetUploadExists() {
        String openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return JSON.readTree(openapi).path("paths").path("/api/v1/rulesets").has("post");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void caseNamesAreUniqueAndTheCorpusIsLargeEnough() {
        MalformedCorpus.Fixture fixture = new MalformedCorpus.Fixture("a", UUID.randomUUID().toString(), "k", "{}",
                UUID.randomUUID().toString());
        Set<String> names = new HashSet<>();
        int count = 0;
        for (var source : MalformedCorpus.SOURCES) {
            for (MalformedCase c : source.getValue().apply(fixture)) {
                assertTrue(names.add(c.name()), "two cases are named " + c.name());
                count++;
            }
        }
        assertTrue(count >= 500, "only " + count + " cases");
        assertEquals(count, names.size());
    }
}
