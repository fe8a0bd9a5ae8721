package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class BrowserLoginTest extends BrowserTest {

    @Test
    void opsLogsInAndLandsOnTheCustomers() {
        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-app-layout h2"),
                "Customers"));
        assertThat(browser().findElement(By.id("current-user")).getText()).contains("Olivia Ops");
    }

    @Test
    void wrongPasswordIsRefusedOnTheLoginPage() {
        logIn("ops", "not-the-password");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"),
                "Incorrect username or password"));
        assertThat(URI.create(browser().getCurrentUrl()).getPath()).isEqualTo("/login");
        assertThat(browser().findElement(By.tagName("vaadin-login-form")).getDomAttribute("error")).isNotNull();
        assertThat(browser().findElements(By.tagName("vaadin-app-layout"))).isEmpty();

        var username = By.cssSelector("vaadin-login-form input[name='username']");
        waiting().until(ExpectedConditions.attributeToBe(username, "value", "ops"));
        var password = browser().findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        assertThat(password.getDomProperty("value")).isEmpty();
        assertThat(browser().switchTo().activeElement()).as("the person goes on with the password")
                .isEqualTo(password);
    }
}
