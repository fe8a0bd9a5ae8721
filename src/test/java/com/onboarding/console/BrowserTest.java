package com.onboarding.console;

import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tests in a real, headless {@link Chromium} against the console on a random port. All browser tests share
 * this one configuration, so the server starts once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class BrowserTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext applicationContext;

    private @Nullable Chromium chromium;

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Does the work as the demo's AWS Ops user, as the browser's person would find it done before them. */
    protected <T> T asOps(Supplier<T> work) {
        var ops = applicationContext.getBean(UserDetailsService.class).loadUserByUsername("ops");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ops, null, ops.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** New customers and users of this context's database. */
    protected TestFixture fixture() {
        return new TestFixture(applicationContext);
    }

    protected WebDriver browser() {
        return chromium().driver();
    }

    protected WebDriverWait waiting() {
        return chromium().waiting();
    }

    private Chromium chromium() {
        if (chromium == null) {
            throw new IllegalStateException("The browser has not been started");
        }
        return chromium;
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
}
