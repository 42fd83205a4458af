package com.localizevideos.headroom.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.SampleAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Records older than headroom.idempotency.ttl (one day) are deleted; younger ones, and their replays, stay. */
@QuarkusTest
class IdempotencyCleanupTest {

    @Inject
    IdempotencyCleanup cleanup;

    @Inject
    DataSource dataSource;

    @Test
    void recordsOlderThanTheTtlAreDeletedAndYoungerOnesKept() throws SQLException {
        String prefix = "cleanup-" + UUID.randomUUID() + "-";
        Instant now = Instant.now();
        insert(prefix + "old-2d", now.minus(2, ChronoUnit.DAYS));
        insert(prefix + "old-25h", now.minus(25, ChronoUnit.HOURS));
        insert(prefix + "young-23h", now.minus(23, ChronoUnit.HOURS));
        insert(prefix + "young-now", now);

        int deleted = cleanup.purge();

        assertTrue(deleted >= 2, "deleted " + deleted);
        assertEquals(0, count(prefix + "old-%"));
        assertEquals(2, count(prefix + "young-%"));
        assertEquals(0, cleanup.purge(), "a second run finds nothing left to delete");
    }

    @Test
    void aKeptKeyStillReplaysAfterTheCleanUp() {
        SampleAccount account = SampleAccount.nearQuota(false);
        String key = "cleanup-replay-" + UUID.randomUUID();
        String body = "{\"accountId\":\"" + account.id() + "\",\"asOf\":\"" + SampleAccount.AS_OF + "\"}";
        String first = given().contentType(ContentType.JSON).header(IdempotencyService.HEADER, key).body(body)
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        cleanup.purge();
        given().contentType(ContentType.JSON).header(IdempotencyService.HEADER, key).body(body)
                .post("/api/v1/evaluations").then().statusCode(201)
                .header(IdempotencyService.REPLAYED_HEADER, "true")
                .body("id", org.hamcrest.Matchers.equalTo(first));
    }

    private void insert(String key, Instant createdAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into idempotency_record (principal, idempotency_key, method_path, request_sha256, status, body, created_at)
                values ('admin', ?, 'POST /api/v1/evaluations', repeat('0', 64), 201, '{}', ?)""")) {
            s.setString(1, key);
            s.setTimestamp(2, Timestamp.from(createdAt));
            s.executeUpdate();
        }
    }

    private long count(String like) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from idempotency_record where idempotency_key like ?")) {
            s.setString(1, like);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
