package com.localizevideos.headroom.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.localizevideos.headroom.report.ReportResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Who may open which dashboard page, without a browser: anonymous callers are sent to the login form, each role
 * opens its pages and is refused the others (an HTML page for a browser, problem+json otherwise); the login form, its
 * assets and the charting library are served by the service itself and nothing is loaded from another host.
 */
@QuarkusTest
class DashboardPagesTest {
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources/dashboard");

    /** Page → the users whose role may open it (README, Dashboards). */
    private static final Map<String, Set<String>> OPENS = Map.of(
            "/dashboard/", Set.of("app", "growth", "cs", "governance", "exec", "admin", "monitoring"),
            "/dashboard/overview.html", Set.of("governance", "exec", "admin"),
            "/dashboard/accounts.html", Set.of("cs", "governance", "exec", "admin"),
            "/dashboard/account.html", Set.of("cs", "governance", "exec", "admin"),
            "/dashboard/conversion.html", Set.of("governance", "exec", "admin"),
            "/dashboard/audit.html", Set.of("governance", "admin"),
            "/dashboard/worklist.html", Set.of("cs", "growth", "governance", "admin"),
            "/dashboard/rulesets.html", Set.of("growth", "governance", "admin"));

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-local").redirects().follow(false);
    }

    @Test
    void eachRoleOpensItsPagesAndIsRefusedTheOthers() {
        for (var page : OPENS.entrySet()) {
            for (String user : List.of("app", "growth", "cs", "governance", "exec", "admin", "monitoring")) {
                boolean allowed = page.getValue().contains(user);
                as(user).accept("text/html").get(page.getKey()).then()
                        .statusCode(allowed ? 200 : 403)
                        .header("Cache-Control", allowed ? equalTo("no-cache") : anything())
                        .contentType(containsString("text/html"))
                        .body(allowed ? not(containsString("Not for your role")) : containsString("Not for your role"));
            }
        }
    }

    @Test
    void theOverviewOpensForExactlyTheRolesOfTheReportsItReads() {
        RolesAllowed reports = ReportResource.class.getAnnotation(RolesAllowed.class);
        assertEquals(Set.of(reports.value()), DashboardPage.OVERVIEW.roles());
        as("governance").get("/api/v1/session").then().statusCode(200)
                .body("pages.find { it.path == '/dashboard/overview.html' }.title", equalTo("Overview"));
    }

    @Test
    void aRefusedApiCallerStillGetsAProblem() {
        as("cs").accept("application/json").get("/dashboard/audit.html").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("'cs'"));
    }

    @ParameterizedTest
    @CsvSource({"/dashboard/accounts.html", "/dashboard/overview.html", "/dashboard/account.html?id=acme", "/dashboard/", "/dashboard"})
    void anonymousBrowsersAreSentToTheLoginForm(String path) {
        given().auth().none().redirects().follow(false).get(path).then().statusCode(302)
                .header("Location", startsWith("/dashboard/login.html?next="))
                .header("Location", containsString(java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theLoginFormAndItsAssetsNeedNoLogin() {
        given().auth().none().get("/dashboard/login.html").then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""));
        given().auth().none().get("/dashboard/assets/app.css").then().statusCode(200);
        given().auth().none().get("/dashboard/assets/app.js").then().statusCode(200);
    }

    @Test
    void apiCallersWithoutCredentialsAreChallengedNotRedirected() {
        given().auth().none().redirects().follow(false).get("/api/v1/account-directory").then().statusCode(401)
                .header("WWW-Authenticate", containsString("basic")).header("Location", nullValue())
                .header("Set-Cookie", nullValue()).contentType("application/problem+json");
    }

    @Test
    void echartsIsServedFromTheJar() {
        as("exec").get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200)
                .body(containsString("Apache"));
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        Pattern external = Pattern.compile("(src|href)\\s*=\\s*[\"'](https?:)?//", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertFalse(all.isEmpty());
            for (Path file : all) {
                String text = Files.readString(file);
                assertFalse(external.matcher(text).find(), file + " loads something from another host");
                assertFalse(text.contains("import(\"http") || text.contains("from 'http") || text.contains("from \"http"),
                        file + " imports a module from another host");
            }
        }
    }

    @Test
    void theSessionNamesTheUserAndThePagesOfItsRoles() {
        as("cs").get("/api/v1/session").then().statusCode(200)
                .body("user", equalTo("cs")).body("roles", equalTo(List.of("cs")))
                .body("pages.path", equalTo(List.of("/dashboard/index.html", "/dashboard/accounts.html",
                        "/dashboard/account.html", "/dashboard/worklist.html")));
        as("monitoring").get("/api/v1/session").then().statusCode(200)
                .body("pages.path", equalTo(List.of("/dashboard/index.html")));
        assertEquals(DashboardPage.ROOT + "index.html", DashboardPage.HOME.path());
    }
}
