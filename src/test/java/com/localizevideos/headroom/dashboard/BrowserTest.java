package com.localizevideos.headroom.dashboard;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A browser test class: one headless Chromium ({@link BrowserSession}) for the whole class, opened on first use against
 * the {@code @QuarkusTest} service, logged out after each test and closed after the class.
 */
abstract class BrowserTest {
    private static BrowserSession browser;

    @TestHTTPResource("/")
    URL base;

    BrowserSession browser() {
        if (browser == null) {
            browser = new BrowserSession(base);
        }
        return browser;
    }

    @AfterEach
    void logOutOfTheBrowser() {
        if (browser != null) {
            browser.logout();
        }
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
