package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser, on a desktop and on a phone: an address that leads nowhere ends on the friendly page inside
 * the console, and AWS Ops take credentials into use with one paste.
 */
class FriendlyPathsBrowserTest extends BrowserTest {

    @Autowired
    private CustomerRepository customers;
    @Autowired
    private SandboxAws sandbox;

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        customer = asOps(() -> fixture().customer("Paste Co"));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "390, 844"})
    void aCustomerUserOnAnotherCustomersAddressGetsTheFriendlyPage(int width, int height) {
        browser().manage().window().setSize(new Dimension(width, height));
        // The demo's customer user of Acme, on the address of another customer.
        logIn("acme", "acme");
        waiting().until(ExpectedConditions.urlMatches("/customers/[0-9]+$"));
        open(CustomerRoutes.checklist(customer.id()));
        var title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dead-end-title")));
        assertThat(title.getText()).isEqualTo("This page doesn't exist or isn't available to you");
        assertThat(browser().findElements(By.cssSelector("vaadin-app-layout"))).as("inside the app layout")
                .isNotEmpty();
        var page = browser().findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("Paste Co").doesNotContain("Could not navigate")
                .doesNotContainIgnoringCase("error id");

        open("customers/abc");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dead-end-title")));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "390, 844"})
    void opsTakeCredentialsIntoUseWithOnePaste(int width, int height) {
        browser().manage().window().setSize(new Dimension(width, height));
        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
        open(CustomerRoutes.checklist(customer.id()));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("paste-credentials"))).click();
        var issued = sandbox.issueCredentials(customer.getAccountId());
        var block = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#credentials-block textarea")));
        block.sendKeys("export AWS_ACCESS_KEY_ID=" + issued.accessKeyId() + Keys.chord(Keys.SHIFT, Keys.ENTER)
                + "export AWS_SECRET_ACCESS_KEY=" + issued.secretAccessKey() + Keys.chord(Keys.SHIFT, Keys.ENTER)
                + "export AWS_SESSION_TOKEN=" + issued.sessionToken());
        block.sendKeys(Keys.TAB);

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-all")));
        assertThat(browser().findElements(By.id("no-access"))).isEmpty();
        assertThat(browser().findElement(By.id("aws-credentials")).getText()).isEqualTo("AWS credentials: pasted");
        assertThat(customers.findById(customer.id())).isPresent();
    }
}
