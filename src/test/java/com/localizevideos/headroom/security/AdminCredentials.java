package com.localizevideos.headroom.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest} calls the API as the built-in {@code admin} user unless a request says otherwise
 * ({@code given().auth()...}). A Quarkus test callback rather than a plain JUnit extension: Quarkus loads test
 * classes, and so REST Assured's static defaults, in its own class loader, where only its callbacks reach them.
 * Authorisation itself is tested per role in {@link RoleMatrixTest}.
 */
public class AdminCredentials implements QuarkusTestBeforeEachCallback {
    public static final String USER = "admin";
    public static final String PASSWORD = "admin-local";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
    }
}
