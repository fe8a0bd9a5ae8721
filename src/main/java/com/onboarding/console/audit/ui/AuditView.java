package com.onboarding.console.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("audit")
@PageTitle("Audit trail | AWS Onboarding Console")
@Menu(order = 4, icon = "vaadin:clipboard-text", title = "Audit trail")
@RolesAllowed({"OPS", "ADMIN"})
public class AuditView extends VerticalLayout {

    AuditView() {
        add(new H2("Audit trail"));
    }
}
