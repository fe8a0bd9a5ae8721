package com.onboarding.console.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/users")
@PageTitle("Users | AWS Onboarding Console")
@Menu(order = 5, icon = "vaadin:key", title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    UsersView() {
        add(new H2("Users"));
    }
}
