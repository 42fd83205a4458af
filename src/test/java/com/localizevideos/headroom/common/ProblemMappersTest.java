package com.localizevideos.headroom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.security.Roles;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemMappersTest {

    /** Test-only endpoints that fail on purpose. */
    @Path("/test-only/failures")
    @RolesAllowed(Roles.ADMIN)
    public static class FailingResource {

        @GET
        @Path("unexpected")
        public String unexpected() {
            throw new IllegalStateException("connection to db-7 with password hunter2 failed");
        }

        @GET
        @Path("located")
        public String located() {
            throw new ProblemException("ruleset-invalid", "Rule set does not compile", 422, "2 errors.", List.of(
                    LocatedProblem.atCell("readiness.drl.xlsx", "Weights", "C12", 12, "not a number"),
                    LocatedProblem.atLine("signals.drl", 40, 7, "unknown fact type")));
        }
    }

    @Test
    void unexpectedErrorIs500ProblemWithoutStackTraceOrClassName() {
        String body = given().when().get("/test-only/failures/unexpected").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("title", equalTo("Internal Server Error"))
                .body("detail", containsString("incident"))
                .extract().asString();
        for (String leak : List.of("IllegalStateException", "hunter2", "java.", "at com.localizevideos")) {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(leak)));
        }
    }

    @Test
    void problemExceptionKeepsStatusAndLocatesEachProblemInFileSheetCellOrLine() {
        given().when().get("/test-only/failures/located").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://headroom.localizevideos.com/problems/ruleset-invalid"))
                .body("problems[0].file", equalTo("readiness.drl.xlsx"))
                .body("problems[0].sheet", equalTo("Weights"))
                .body("problems[0].cell", equalTo("C12"))
                .body("problems[0].row", equalTo(12))
                .body("problems[0]", not(org.hamcrest.Matchers.hasKey("field")))
                .body("problems[1].file", equalTo("signals.drl"))
                .body("problems[1].line", equalTo(40))
                .body("problems[1].column", equalTo(7))
                .body("problems[1].message", equalTo("unknown fact type"));
    }
}
