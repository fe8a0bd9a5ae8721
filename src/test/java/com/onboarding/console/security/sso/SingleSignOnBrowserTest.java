package com.onboarding.console.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.Chromium;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A CSM signs in with the provider's button in a real browser: the console sends Chromium to the provider's
 * login form, the provider sends it back with a code, the console shows the CSM's pages. Logging out ends the
 * console's session and, through the provider's end-session endpoint, the provider's.
 */
class SingleSignOnBrowserTest extends SingleSignOnWebTest {

    private Chromium chromium;

    @BeforeAll
    static void requireChromium() {
        Chromium.require();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = Chromium.start();
        TestIdentityProvider.acceptPostLogoutRedirect(console("/login?logout").toString());
    }

    @AfterEach
    void stopBrowser() throws IOException {
        chromium.close();
    }

    @Test
    void aCsmSignsInThroughTheProviderAndLogsOutOfBoth() {
        var browser = chromium.driver();
        browser.get(console("/login").toString());
        click("#sso-sign-in");
        signInAtProvider("bob.browser");

        chromium.waiting().until(ExpectedConditions.urlMatches("/customers$"));
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"),
                "Bob Browser"));
        assertThat(host(browser.getCurrentUrl())).isEqualTo(console("/").getAuthority());

        click("#logout");
        // The provider's end-session endpoint ends its session and sends the browser back to the login page.
        chromium.waiting().until(ExpectedConditions.urlToBe(console("/login?logout").toString()));

        browser.get(console("/customers").toString());
        chromium.waiting().until(ExpectedConditions.urlMatches("/login$"));
        click("#sso-sign-in");
        // Signed out at the provider too: it asks for the password again instead of signing straight back in.
        chromium.waiting().until(ExpectedConditions.urlMatches("^" + TestIdentityProvider.issuer() + "/login$"));
        assertThat(browser.findElements(By.id("password"))).isNotEmpty();
    }

    private void signInAtProvider(String username) {
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
        chromium.driver().findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        chromium.driver().findElement(By.cssSelector("button[type='submit']")).click();
    }

    private void click(String css) {
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    private static String host(String url) {
        return URI.create(url).getAuthority();
    }
}
