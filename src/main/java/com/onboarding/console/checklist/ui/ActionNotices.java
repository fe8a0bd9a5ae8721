package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.service.StepResult;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the person is told when a checklist action ends: the notifications, worded for what happened. */
final class ActionNotices {

    private ActionNotices() {
    }

    /** The customer's part is done: who heard of it, and what happens now. */
    static void handedOver(@Nullable String csm) {
        var n = Notification.show((csm == null ? "Thank you." : "Thank you: " + csm + " has been notified.")
                + " AWS Ops take over now with phase 2, the initial onboarding; this checklist shows their"
                + " progress, and you will hear from us if we need anything.", 10000,
                Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("handed-over");
    }

    /** The checks' or the action's outcome: one line for success, every failure with its error id otherwise. */
    static void report(List<StepResult> results) {
        if (results.isEmpty()) {
            Notification.show("Nothing to check.", 3000, Notification.Position.BOTTOM_END);
            return;
        }
        var failed = results.stream().filter(r -> !r.ok()).toList();
        if (failed.isEmpty()) {
            var n = Notification.show(results.size() == 1 ? results.getFirst().code() + ": "
                    + results.getFirst().message() : "All " + results.size() + " checks passed.", 5000,
                    Notification.Position.BOTTOM_END);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        var text = new StringBuilder();
        for (var result : failed) {
            text.append(result.code()).append(": ").append(result.message());
            if (result.errorId() != null && !result.message().contains(result.errorId())) {
                text.append(" (error id ").append(result.errorId()).append(')');
            }
            text.append('\n');
        }
        error(text.toString().strip());
    }

    static void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }
}
