package com.localizevideos.headroom.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver — both named by path, so Selenium Manager never
 * looks for (or downloads) a browser or driver. One browser per test class; {@link #logout()} between users.
 * Screenshots go to {@code target/screenshots/}.
 */
final class BrowserSession implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    BrowserSession(URL base) {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: the browser tests need Debian's Chromium and its "
                        + "driver (apt-get install -y chromium chromium-driver; README, \"Run every test\")");
            }
        }
        this.base = base.toString().replaceAll("/$", "");
        try {
            profile = Files.createTempDirectory("headroom-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,2000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} (e.g. {@code /dashboard/accounts.html}). */
    BrowserSession open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Logs in through the login form as the built-in {@code user} (password {@code <user>-local}). */
    BrowserSession login(String user) {
        return login(user, user + "-local");
    }

    BrowserSession login(String user, String password) {
        if (!driver.getCurrentUrl().contains("/dashboard/login.html")) {
            open("/dashboard/login.html");
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        wait(20).until(d -> !path().startsWith("/dashboard/login.html") || path().contains("error=true"));
        return this;
    }

    /** Forgets the session (cookie and the page remembered for after login). */
    void logout() {
        open("/dashboard/login.html");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
        driver.manage().deleteAllCookies();
    }

    /**
     * Waits until the page's script has finished (body data-loaded "true"; "busy" while it works, after a click too)
     * and fails on a page error.
     */
    BrowserSession loaded() {
        wait(20).until(d -> List.of("true", "error")
                .contains(String.valueOf(d.findElement(By.tagName("body")).getAttribute("data-loaded"))));
        String state = driver.findElement(By.tagName("body")).getAttribute("data-loaded");
        if (!"true".equals(state)) {
            throw new AssertionError("page " + driver.getCurrentUrl() + " failed: " + text(By.id("page-error")));
        }
        return this;
    }

    /** Waits until the browser shows {@code path} (after a click that navigates), then for its script. */
    BrowserSession at(String path) {
        wait(20).until(d -> path().equals(path));
        return loaded();
    }

    /** A wait that looks again when the page it looked at was replaced meanwhile (a navigation). */
    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement waitFor(By by) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return driver.findElement(by).getText().trim();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a left-over temp profile is harmless
        }
    }
}
