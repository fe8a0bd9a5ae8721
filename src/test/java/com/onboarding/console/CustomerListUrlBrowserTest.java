package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.customers.domain.Customer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** In a real browser, the customers list keeps its filters in the address, so a filtered list can be shared. */
class CustomerListUrlBrowserTest extends BrowserTest {

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        customer = asOps(() -> fixture().customer("Bookmark Co"));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser()).executeScript(script);
    }

    /** The query parameter of the address bar, as the browser reads it. */
    private Object queryParameter(String name) {
        return script("return new URLSearchParams(window.location.search).get('" + name + "');");
    }

    /** Waits until the customers list holds exactly the new customer. */
    private void waitForOnlyTheCustomer() {
        waiting().until(driver -> Long.valueOf(1).equals(
                script("return document.getElementById('customers-grid').size;")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("customers-grid"),
                customer.getName()));
    }

    private void openTheListAsOps(int width, int height) {
        browser().manage().window().setSize(new Dimension(width, height));
        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
    }

    @Test
    void aFilterSetOnTheListIsInTheAddressAndTheAddressOpensTheListFiltered() {
        openTheListAsOps(1400, 900);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#customer-search input")))
                .sendKeys(customer.getName());

        waiting().until(driver -> customer.getName().equals(queryParameter("q")));
        waitForOnlyTheCustomer();
        var address = browser().getCurrentUrl();
        assertThat(address).contains("/customers?");

        open("faq");
        waiting().until(ExpectedConditions.urlMatches("/faq$"));
        browser().get(address);
        var search = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#customer-search input")));
        assertThat(search.getDomProperty("value")).as("the search comes back from the address")
                .isEqualTo(customer.getName());
        waitForOnlyTheCustomer();
    }

    @Test
    void aSharedAddressCountsItsFiltersOnAPhone() {
        openTheListAsOps(390, 844);
        open("customers?phase=1&q=" + URLEncoder.encode(customer.getName(), StandardCharsets.UTF_8));

        var summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".folded-filters vaadin-details-summary")));
        waiting().until(ExpectedConditions.textToBePresentInElement(summary, "Filters (2)"));
        waitForOnlyTheCustomer();
        assertThat(queryParameter("phase")).isEqualTo("1");
    }
}
