package com.onboarding.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.BrowserTest;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.customers.domain.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The checklist page in a real browser at 1400x900: compact enough to see every step, and its buttons work. */
class ChecklistBrowserTest extends BrowserTest {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        customer = asOps(() -> fixture().customer("Browser Co"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser();
    }

    private void openChecklistAsOps() {
        browser().manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
        open(CustomerRoutes.checklist(customer.id()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("step-3-6")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void allSixteenStepTitlesAreWithinTwoScreenHeights() throws Exception {
        openChecklistAsOps();
        var viewport = (Map<String, Object>) js().executeScript(
                "return {width: window.innerWidth, height: window.innerHeight}");
        var titles = (List<Map<String, Object>>) js().executeScript("""
                return [...document.querySelectorAll('.step-title')].map(t => {
                  const r = t.getBoundingClientRect();
                  return {text: t.textContent, top: r.top, bottom: r.bottom, right: r.right,
                          shown: t.offsetParent !== null && r.height > 0};
                });""");
        Files.createDirectories(Path.of("target", "browser"));
        Files.write(Path.of("target", "browser", "checklist-1400x900.png"),
                ((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));

        double height = ((Number) viewport.get("height")).doubleValue();
        assertThat(titles).hasSize(16).allSatisfy(title -> {
            assertThat((Boolean) title.get("shown")).as("%s is shown", title.get("text")).isTrue();
            assertThat(((Number) title.get("top")).doubleValue()).isNotNegative();
            assertThat(((Number) title.get("bottom")).doubleValue()).as("%s within two screen heights",
                    title.get("text")).isLessThanOrEqualTo(2 * height);
            assertThat(((Number) title.get("right")).doubleValue()).as("no sideways scrolling")
                    .isLessThanOrEqualTo(((Number) viewport.get("width")).doubleValue());
        });
        assertThat(titles).extracting(t -> (String) t.get("text"))
                .contains("Create the doitintl_cmp role in " + customer.getAccountId(),
                        "Create the S3 bucket doitintl-awsops-" + customer.getAccountId());
        assertThat(browser().findElement(By.id("next-step")).getText()).startsWith("Waiting on " + customer.getName());
    }

    @Test
    void theButtonsInTheRowsWorkInTheBrowser() {
        openChecklistAsOps();
        // A step's line opens its details, with the AWS console page in a new tab.
        browser().findElement(By.cssSelector("#step-1-2 .step-summary")).click();
        var link = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#step-1-2-details a[target='_blank']")));
        assertThat(link.getDomAttribute("href")).isEqualTo("https://console.aws.amazon.com/iam/home#/users");
        assertThat(link.getDomAttribute("rel")).contains("noopener");
        // A button of the markup reaches the server: Confirm opens its dialog, and confirming marks the step done.
        browser().findElement(By.id("step-1-1-confirm")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-reason"))).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("step-1-1"), "data-status", "done"));
        assertThat(browser().findElement(By.id("step-1-2-details")).isDisplayed()).as("details stay open").isTrue();
    }
}
