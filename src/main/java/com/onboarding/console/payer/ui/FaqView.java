package com.onboarding.console.payer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("faq")
@PageTitle("FAQ | AWS Onboarding Console")
@Menu(order = 3, icon = "vaadin:question-circle-o", title = "FAQ")
@PermitAll
public class FaqView extends VerticalLayout {

    FaqView() {
        add(new H2("Frequently asked questions"));
    }
}
