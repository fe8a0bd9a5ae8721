package com.onboarding.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests in a real, headless Chromium against the console on a random port. All browser tests share this
 * one configuration, so the server starts once per run. Driver and browser are the installed ones, so
 * Selenium never downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext applicationContext;

    private @Nullable Path profile;
    private @Nullable WebDriver driver;

    /** Without a browser the tests are skipped on a workstation; CI installs one, so there they must run. */
    @BeforeAll
    static void requireChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                CHROMIUM + " is not installed (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("console-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", DEFAULT_DRIVER)))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(BrowserTest::delete);
            }
        }
    }

    /** New customers and users of this context's database. */
    protected TestFixture fixture() {
        return new TestFixture(applicationContext);
    }

    protected WebDriver browser() {
        if (driver == null) {
            throw new IllegalStateException("The browser has not been started");
        }
        return driver;
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser(), TIMEOUT);
    }

    /** Opens a path of the console, such as "login". */
    protected void open(String path) {
        browser().get("http://localhost:" + port + "/" + path);
    }

    /** Fills and submits the login form of the login view. */
    protected void logIn(String username, String password) {
        open("login");
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        browser().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    private WebElement field(String name) {
        return waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='" + name + "']")));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
