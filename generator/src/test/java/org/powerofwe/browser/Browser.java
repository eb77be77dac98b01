package org.powerofwe.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, started with the flags that
 * keep it off the network and with a fresh profile. When either is missing the tests are skipped
 * on a developer's machine (with how to install them) and fail in CI (CI=true), which must run them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns that it has no DevTools bindings for this Chromium; we use chromedriver's own CDP command instead. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.OFF);
    }

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips (on a laptop) or fails (in CI) when Chromium or its driver is not installed. */
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install them in .ci/run with apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing; run `sudo apt-get install -y chromium chromium-driver` to run them");
    }

    static Browser start() {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--hide-scrollbars", "--lang=en-GB", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            driver.executeCdpCommand("Page.enable", Map.of());
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                            + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });"));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the page out as on a screen this wide (a phone at 375, a desktop at 1280). */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", width < 600 ? 812 : 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Loads a page; Content-Security-Policy violations are recorded from its very first byte. */
    void open(String url) {
        driver.get(url);
    }

    Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object list = script("return window.__cspViolations || [];");
        return (List<String>) list;
    }

    /** Errors the page logged to the console (script errors, refused resources, CSP reports). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("404 (Not Found)"))
                .toList();
    }

    /** Saves the whole page (not only the screen) as target/screenshots/NAME.png for review. */
    Path screenshot(String name) {
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
        long width = ((Number) script("return document.documentElement.clientWidth;")).longValue();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 16000), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return save(name + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    Path save(String name, byte[] bytes) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile; the system cleans it in the end
            }
        }
    }
}
