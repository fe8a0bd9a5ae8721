package com.onboarding.console.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What each role finds in the frame: where a login lands, the side navigation, the user box, the theme. */
class NavigationTest extends KaribuTest {

    @Autowired
    private AppUserRepository users;

    @ParameterizedTest
    @ValueSource(strings = {"customers", "faq", "audit", "admin/users", ""})
    void anonymousVisitIsSentToLogin(String route) {
        UI.getCurrent().navigate(route);
        _get(LoginView.class);
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void opsLandsOnCustomersAndSeesTheAuditTrail() {
        login("ops");
        assertThat(landing()).isEqualTo("customers");
        assertThat(navigationLabels()).containsExactly("Customers", "Insights", "Fleet verification", "FAQ",
                "Audit trail", "Notifications", "Sandbox AWS", "My account");
    }

    @Test
    void everyPageSaysThatAwsIsTheSandbox() {
        login("csm");
        landing();
        var banner = _get(Span.class, spec -> spec.withClasses("sandbox-banner"));
        assertThat(_get(banner, Span.class, spec -> spec.withClasses("sandbox-banner-full")).getText())
                .isEqualTo("Sandbox AWS: no real AWS calls");
        // The short form a phone shows, with the whole sentence on hover.
        assertThat(_get(banner, Span.class, spec -> spec.withClasses("sandbox-banner-chip")).getText())
                .isEqualTo("Sandbox");
        assertThat(banner.getElement().getAttribute("title")).isEqualTo("Sandbox AWS: no real AWS calls");
    }

    @Test
    void csmLandsOnCustomersWithoutAuditTrailOrUsers() {
        login("csm");
        assertThat(landing()).isEqualTo("customers");
        assertThat(navigationLabels()).containsExactly("Customers", "Insights", "FAQ", "Notifications",
                "My account");
    }

    @Test
    void adminLandsOnCustomersAndSeesEverything() {
        login("admin");
        assertThat(landing()).isEqualTo("customers");
        assertThat(navigationLabels()).containsExactly("Customers", "Insights", "Fleet verification", "FAQ",
                "Audit trail", "Notifications", "Sandbox AWS", "Users", "My account");
    }

    @Test
    void customerUserSeesOnlyTheirChecklistAndTheFaq() {
        var customerId = loginAsNewCustomerUser();
        UI.getCurrent().navigate("faq");
        assertThat(navigationLabels()).containsExactly("My checklist", "FAQ", "Notifications", "My account");
        assertThat(_get(SideNav.class).getItems().getFirst().getPath()).isEqualTo("customers/" + customerId);
    }

    @Test
    void customerUserLandsOnTheirChecklist() {
        var customerId = loginAsNewCustomerUser();
        var checklist = "customers/" + customerId;
        assertThat(RouteConfiguration.forApplicationScope().getRoute(checklist)).as("the view routed at " + checklist)
                .isPresent();
        assertThat(landing()).isEqualTo(checklist);
    }

    @Test
    void userBoxShowsWhoIsLoggedInAndOffersLogout() {
        login("csm");
        UI.getCurrent().navigate("customers");
        var who = _get(Div.class, spec -> spec.withId("current-user"));
        assertThat(who.getElement().getTextRecursively()).contains("Carlos CSM").contains(Role.CSM.label());
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Log out");
    }

    @Test
    void darkThemeIsSwitchedAndRemembered() {
        var username = newUser(Role.OPS, null);
        login(username);
        UI.getCurrent().navigate("customers");
        assertThat(themes()).doesNotContain(Lumo.DARK);

        _click(_get(Button.class, spec -> spec.withId("theme-toggle")));
        assertThat(themes()).contains(Lumo.DARK);
        assertThat(users.findByUsername(username).orElseThrow().isDarkTheme()).isTrue();

        var before = UI.getCurrent();
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent()).isNotSameAs(before);
        assertThat(themes()).contains(Lumo.DARK);

        _click(_get(Button.class, spec -> spec.withId("theme-toggle")));
        UI.getCurrent().getPage().reload();
        assertThat(themes()).doesNotContain(Lumo.DARK);
    }

    /** Creates a customer and a CUSTOMER user bound to it, and logs that user in. */
    private long loginAsNewCustomerUser() {
        login("ops");
        var customer = fixture().customer("Navigation Test");
        logout();
        login(newUser(Role.CUSTOMER, customer.id()));
        return customer.id();
    }

    /** Opens the root the way a fresh login does and tells where the console forwarded to. */
    private static String landing() {
        UI.getCurrent().navigate("");
        return currentPath();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private static Set<String> themes() {
        return UI.getCurrent().getElement().getThemeList();
    }

    private String newUser(Role role, @Nullable Long customerId) {
        return fixture().user(role, customerId).getUsername();
    }
}
