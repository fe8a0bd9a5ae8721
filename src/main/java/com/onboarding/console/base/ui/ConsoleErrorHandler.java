package com.onboarding.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every error in a UI that no view handled itself ends here: the person sees a short notification, never a
 * stack trace; unexpected errors are logged with the id the notification shows.
 */
@Component
class ConsoleErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var report = ErrorReport.of(event.getThrowable());
        var ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
        if (ui != null) {
            show(ui, report);
        }
    }

    static void show(UI ui, ErrorReport report) {
        var notification = new Notification(report.message(), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        ui.add(notification);
        notification.open();
    }
}
