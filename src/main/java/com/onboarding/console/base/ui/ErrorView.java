package com.onboarding.console.base.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when opening a page fails: the same message the notification gives, and a way back. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var report = ErrorReport.of(parameter.getCaughtException());
        removeAll();
        var message = new Paragraph(report.message());
        message.setId("error-message");
        add(new H2("This page cannot be shown"), message, new Anchor("", "Back to the start"));
        var ui = UI.getCurrent();
        if (ui != null) {
            ConsoleErrorHandler.show(ui, report);
        }
        return status(parameter.getCaughtException());
    }

    private static int status(Exception e) {
        if (e instanceof AccessDeniedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return e instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
