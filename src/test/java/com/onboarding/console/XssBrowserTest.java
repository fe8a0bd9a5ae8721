package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Markup people type is stored and shown as text, never run, in a real browser. */
class XssBrowserTest extends BrowserTest {

    private static final String PAYLOAD =
            "<img src=x onerror=\"window.injected=1\">Evil & Co <script>window.injected=2</script>";

    @Autowired
    CustomerService customers;

    @Test
    void customerNameWithMarkupIsShownAsText() {
        var customer = asOps(() -> fixture().create(new CustomerDraft(PAYLOAD, fixture().accountId(), null, "DE",
                null, null, PAYLOAD)));
        assertThat(customer.getName()).isEqualTo(PAYLOAD);

        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
        open("customers/" + customer.id());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-name"), "Evil & Co"));

        var heading = browser().findElement(By.id("customer-name"));
        assertThat(heading.getText()).isEqualTo(PAYLOAD);
        assertThat(heading.findElements(By.tagName("img"))).isEmpty();
        assertThat(heading.findElements(By.tagName("script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.injected === undefined")).isEqualTo(true);
    }
}
