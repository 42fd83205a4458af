package com.localizevideos.headroom.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** By default the bench endpoints do not exist: 404 problem+json like any unknown path, and nothing is written. */
@QuarkusTest
class BenchResourceTest {
    @Inject
    DataSource dataSource;

    @Test
    void insertEndpointIsNotFoundByDefaultAndWritesNothing() throws SQLException {
        long before = benchRows();
        given().contentType(ContentType.JSON).body("""
                {"accountId": "acme"}
                """)
                .when().post("/bench/insert")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("Nothing is found at /bench/insert."));
        assertEquals(before, benchRows());
    }

    @Test
    void inProcessEndpointIsNotFoundByDefault() {
        given().when().post("/bench/in-process?evaluations=10&warmup=0")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Nothing is found at /bench/in-process."));
    }

    private long benchRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from bench_write")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
