package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Stream;

/** Shows a refused input's message at the field it is about, found by its label, and keeps what was typed. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(Component form, InvalidInputException error) {
        var field = descendants(form)
                .filter(c -> c instanceof HasValidation && c instanceof HasLabel label && label.getLabel() != null
                        && label.getLabel().startsWith(error.field()))
                .map(HasValidation.class::cast).findFirst();
        if (field.isPresent()) {
            field.get().setErrorMessage(error.getMessage());
            field.get().setInvalid(true);
        } else {
            var notification = Notification.show(error.getMessage(), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void clear(Component form) {
        descendants(form).filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(f -> f.setInvalid(false));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FieldErrors::descendants));
    }
}
