package com.onboarding.console.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

class NavigationTest extends KaribuTest {

    @Test
    void anonymousVisitIsSentToLogin() {
        UI.getCurrent().navigate("customers");
        _get(LoginView.class);
    }

    @Test
    void opsSeesStaffNavigation() {
        login("ops");
        UI.getCurrent().navigate("customers");
        var labels = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("Customers");
    }
}
