package com.onboarding.console.customers.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("customers")
@PageTitle("Customers | AWS Onboarding Console")
@Menu(order = 1, icon = "vaadin:users", title = "Customers")
@RolesAllowed({"OPS", "CSM", "ADMIN"})
public class CustomersView extends VerticalLayout {

    CustomersView() {
        add(new H2("Customers"));
    }
}
