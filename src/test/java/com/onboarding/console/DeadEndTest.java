package com.onboarding.console;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.customers.domain.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every address that leads nowhere for the user shows one friendly page inside the console, never a route list. */
class DeadEndTest extends KaribuTest {

    private Customer own;
    private Customer other;

    @BeforeEach
    void customerUser() {
        runAs("ops");
        own = fixture().customer("Dead End Own");
        other = fixture().customer("Dead End Other");
        login(customerUser(TestFixture.unique("deadend"), own.id()).getUsername());
    }

    @Test
    void anotherCustomersMissingAndMalformedAddressesAndForbiddenViewsAllReadTheSame() {
        // Each address after a page of the user's own, so that a stale page cannot pass for the answer.
        for (var path : new String[] {CustomerRoutes.checklist(other.id()), CustomerRoutes.checklist(999_999_999L),
                "customers/abc", "customers/12345678901234567890", "customers/abc/policy", "audit",
                "admin/users", CustomerRoutes.policy(other.id())}) {
            NotificationsKt.clearNotifications();
            UI.getCurrent().navigate(CustomerRoutes.checklist(own.id()));
            UI.getCurrent().navigate(path);
            assertThat(_get(H2.class, spec -> spec.withId("dead-end-title")).getText()).as(path)
                    .isEqualTo("This page doesn't exist or isn't available to you");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(path)
                    .anyMatch(MainLayout.class::isInstance);
            assertThat(_get(Anchor.class, spec -> spec.withId("dead-end-home")).getHref()).isEmpty();
            assertThat(UI.getCurrent().getElement().getOuterHTML()).as(path).doesNotContain(other.getName())
                    .doesNotContainIgnoringCase("error id").doesNotContain("Could not navigate");
            assertThat(NotificationsKt.getNotifications()).as(path).isEmpty();
        }
    }

    @Test
    void theLinkLeadsToTheUsersOwnStart() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("customers/abc");
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withId("dead-end-home")).getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(CustomerRoutes.checklist(own.id()));
    }
}
