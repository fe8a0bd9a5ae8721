package com.onboarding.console;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer to an address that leads nowhere for this user: a page that does not exist, a customer that is
 * missing or another's, an id that is no id, a view the role may not open. All read the same, so that none
 * reveals what exists, and all lead back to the user's home inside the console's layout. Each subclass names the
 * navigation error it answers.
 */
abstract class DeadEnd<E extends Exception> extends VerticalLayout implements HasErrorParameter<E>, HasDynamicTitle {

    static final String TITLE = "This page doesn't exist or isn't available to you";

    DeadEnd() {
        setId("dead-end");
        var home = new Anchor("", "Go to your start page");
        home.setId("dead-end-home");
        var title = new H2(TITLE);
        title.setId("dead-end-title");
        add(title, new Paragraph("Check the address, or start again from your start page."), home);
    }

    @Override
    public String getPageTitle() {
        return "Page not found | AWS Onboarding Console";
    }

    @Override
    public final int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
