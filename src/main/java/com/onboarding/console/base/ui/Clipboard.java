package com.onboarding.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;

/** Copies a value to the clipboard through the browser's clipboard API; no front-end module needed. */
public final class Clipboard {

    private Clipboard() {
    }

    public static void copy(Component from, String what, String value) {
        from.getElement().executeJs("return navigator.clipboard.writeText($0)", value).then(
                copied -> Notification.show("The " + what + " is on the clipboard.", 3000,
                        Notification.Position.BOTTOM_END),
                refused -> Notification.show("The browser did not allow copying: select the " + what
                        + " and copy it by hand.", 5000, Notification.Position.BOTTOM_END));
    }
}
