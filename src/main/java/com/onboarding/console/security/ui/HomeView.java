package com.onboarding.console.security.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where a login lands: staff on the customers list, a customer user on their own checklist. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        var customerId = user.customerId();
        event.forwardTo(customerId == null ? "customers" : CustomerRoutes.checklist(customerId));
    }
}
