package com.onboarding.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lists in a real browser, on a desktop and on a phone: account ids show whole, a phone gets cards and folded
 * filters, and a user's actions stay on screen.
 */
class ListLayoutBrowserTest extends BrowserTest {

    /** The cells of a grid that hold an account id, with whether their content is cut. */
    private static final String ACCOUNT_CELLS = """
            const grid = document.getElementById(arguments[0]);
            return [...grid.querySelectorAll('vaadin-grid-cell-content')]
              .filter(cell => cell.querySelector('.account-id') && cell.offsetParent !== null)
              .map(cell => ({id: cell.querySelector('.account-id').textContent.trim(),
                             scroll: cell.scrollWidth, client: cell.clientWidth,
                             card: cell.querySelector('.list-card') !== null}));""";

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> accountCells(String gridId) {
        return waiting().until(driver -> {
            var cells = (List<Map<String, Object>>) js().executeScript(ACCOUNT_CELLS, gridId);
            return cells.isEmpty() ? null : cells;
        });
    }

    private void openAsOps(int width, int height, String path, String gridId) {
        browser().manage().window().setSize(new Dimension(width, height));
        logIn("ops", "ops");
        waiting().until(ExpectedConditions.urlMatches("/customers$"));
        if (!path.equals("customers")) {
            open(path);
        }
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(gridId)));
    }

    private static void assertNotClipped(List<Map<String, Object>> cells) {
        assertThat(cells).allSatisfy(cell -> {
            assertThat((String) cell.get("id")).matches("[0-9]{12}");
            assertThat(((Number) cell.get("scroll")).intValue()).as("account id %s is not cut", cell.get("id"))
                    .isLessThanOrEqualTo(((Number) cell.get("client")).intValue());
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "390, 844"})
    void theCustomersListShowsAccountIdsWholeAndBecomesCardsOnAPhone(int width, int height) {
        asOps(() -> fixture().customer("Layout Co"));
        openAsOps(width, height, "customers", "customers-grid");
        var cells = accountCells("customers-grid");
        assertNotClipped(cells);
        boolean phone = width <= 600;
        assertThat(cells).as("cards on a phone, a table otherwise")
                .allSatisfy(cell -> assertThat(cell.get("card")).isEqualTo(phone));
        var search = browser().findElement(By.id("customer-search"));
        if (phone) {
            var summary = browser().findElement(By.cssSelector(".folded-filters vaadin-details-summary"));
            assertThat(summary.getText()).isEqualTo("Filters (0)");
            assertThat(search.isDisplayed()).as("filters folded").isFalse();
            summary.click();
            waiting().until(ExpectedConditions.visibilityOf(search));
        } else {
            assertThat(browser().findElements(By.cssSelector(".folded-filters"))).isEmpty();
            assertThat(search.isDisplayed()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400, 900", "390, 844"})
    void theSandboxListShowsAccountIdsWhole(int width, int height) {
        openAsOps(width, height, "sandbox", "sandbox-accounts");
        var cells = accountCells("sandbox-accounts");
        assertNotClipped(cells);
        // The demo's complete customer, whose account the sandbox holds.
        assertThat(cells).extracting(cell -> (String) cell.get("id")).contains("444455556666");
        assertThat(cells).allSatisfy(cell -> assertThat(cell.get("card")).isEqualTo(width <= 600));
    }

    /** Opens a list on a phone, whose cards must fit it and whose filters are folded; gives the panel's summary. */
    private WebElement openCardsOnAPhone(String path, String gridId) {
        openAsOps(390, 844, path, gridId);
        var card = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + gridId + " .list-card")));
        assertThat(card.getSize().getWidth()).as("the card fits the phone").isLessThanOrEqualTo(390);
        var summary = browser().findElement(By.cssSelector(".folded-filters vaadin-details-summary"));
        assertThat(summary.getText()).isEqualTo("Filters (0)");
        return summary;
    }

    @Test
    void theSandboxListIsCardsThatFitAPhoneWithFoldedFilters() {
        var summary = openCardsOnAPhone("sandbox", "sandbox-accounts");
        var search = browser().findElement(By.cssSelector("#sandbox-search input"));
        assertThat(search.isDisplayed()).as("filters folded").isFalse();

        summary.click();
        waiting().until(ExpectedConditions.visibilityOf(search)).sendKeys("444455556666");
        waiting().until(ExpectedConditions.textToBePresentInElement(summary, "Filters (1)"));
        waiting().until(driver -> accountCells("sandbox-accounts").stream().map(cell -> cell.get("id")).toList()
                .equals(List.of("444455556666")));
    }

    @Test
    void theAuditTrailIsCardsOnAPhone() {
        openCardsOnAPhone("audit", "audit-grid");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUsersActionsStayOnScreenAt1400() {
        browser().manage().window().setSize(new Dimension(1400, 900));
        logIn("admin", "admin");
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        open("admin/users");
        var menu = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("actions-ops")));
        var box = (Map<String, Object>) js().executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {right: r.right, width: window.innerWidth};""", menu);
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(
                ((Number) box.get("width")).doubleValue());
        menu.findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        // The open submenu's items, wherever the menu bar renders them.
        var items = waiting().until(driver -> {
            var texts = (List<String>) js().executeScript("""
                    return [...document.querySelectorAll('vaadin-menu-bar-list-box vaadin-menu-bar-item')]
                      .filter(item => item.getBoundingClientRect().height > 0).map(item => item.textContent.trim());""");
            return texts.contains("Change role") ? texts : null;
        });
        assertThat(items).contains("Disable", "Change role", "Set password");
    }
}
