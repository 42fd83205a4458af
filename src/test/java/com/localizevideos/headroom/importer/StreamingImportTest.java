package com.localizevideos.headroom.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A 200,000-row usage export (about 13 MB, more than Quarkus' default 10 MB body limit) is generated while it is
 * sent, never held in memory, and the service stores rows while the upload is still going on: the generator stops
 * after 150,000 rows until the first of them are in the database. A service that read the whole body before
 * importing would never store anything then, and the generator reports that instead of waiting forever.
 */
@QuarkusTest
class StreamingImportTest {

    private static final int ROWS = 200_000;
    private static final int PAUSE_AFTER = 150_000;
    private static final String SOURCE = "stream";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/imports/feature-usage?source=" + SOURCE)
    URI featureUsage;

    @Test
    void aLargeExportIsStoredWhileItIsStillBeingSent() throws Exception {
        given().contentType("text/csv").queryParam("source", SOURCE).body("""
                account_id,account_name,industry,country,signup_date,plan_tier,seats
                stream-acc,Streamed Co,DevTools,US,2024-01-01,Enterprise,80
                """).post("/api/v1/imports/accounts").then().statusCode(200).body("accepted", equalTo(1));
        given().contentType("text/csv").queryParam("source", SOURCE).body("""
                subscription_id,account_id,start_date,end_date,plan_tier,seats,arr_amount,is_trial,upgrade_flag,downgrade_flag,billing_frequency
                S-stream,stream-acc,2024-01-01,,Enterprise,80,190000,False,False,False,annual
                """).post("/api/v1/imports/subscriptions").then().statusCode(200).body("accepted", equalTo(1));

        UsageExport export = new UsageExport();
        HttpRequest request = HttpRequest.newBuilder(featureUsage)
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("app:app-local".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> export))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(export.storedWhileSending, "nothing was stored after " + PAUSE_AFTER
                + " rows had been sent: the body is read whole before it is imported");
        assertTrue(export.bytes > 10L * 1024 * 1024, "the export is " + export.bytes + " bytes");
        JsonPath view = JsonPath.from(response.body());
        assertEquals(ROWS, view.getLong("rows"));
        assertEquals(ROWS, view.getLong("accepted"));
        assertEquals(0, view.getLong("duplicates"));
        assertEquals(0, view.getLong("rejectedCount"));
        assertEquals(ROWS, view.getLong("stored.observations"));
        assertEquals(ROWS, storedRows());
    }

    private long storedRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from observation where source = ? and account_id = 'stream-acc'")) {
            s.setString(1, SOURCE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The CSV body, made one line at a time as the HTTP client reads it. */
    private final class UsageExport extends InputStream {

        private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

        private byte[] line = "usage_id,subscription_id,usage_date,feature_name,usage_count,usage_duration_secs,error_count,is_beta_feature\n"
                .getBytes(StandardCharsets.US_ASCII);
        private int position;
        private int written;
        long bytes;
        volatile boolean storedWhileSending;

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            bytes++;
            return line[position++];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            bytes += n;
            return n;
        }

        private boolean fill() throws IOException {
            if (position < line.length) {
                return true;
            }
            if (written == ROWS) {
                return false;
            }
            if (written == PAUSE_AFTER) {
                storedWhileSending = waitForStoredRows();
            }
            written++;
            line = ("U-%07d,S-stream,%s,feature_%d,%d,%d,%d,False\n".formatted(written,
                    FIRST_DAY.plusDays(written % 700), written % 40, 1 + written % 25, 60 + written % 3600,
                    written % 3)).getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }

        /** Waits until some of the rows sent so far are stored; false when none are after two minutes. */
        private boolean waitForStoredRows() throws IOException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    if (storedRows() > 0) {
                        return true;
                    }
                    Thread.sleep(200);
                }
                return false;
            } catch (SQLException e) {
                throw new IOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
