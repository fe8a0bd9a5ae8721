package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.ui.ErrorReport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for the text a change needs (a reason, a note) and confirms it. Nothing happens until the person
 * presses the confirm button; when the change is refused, the dialog stays open with the text as typed and
 * the message at the field.
 */
class ReasonDialog extends Dialog {

    private final TextArea text;

    ReasonDialog(String title, String explanation, String fieldLabel, boolean required, String confirmLabel,
            int maxLength, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        text = new TextArea(fieldLabel);
        text.setWidthFull();
        text.setMaxLength(maxLength);
        text.setRequired(required);
        text.setId("reason");
        add(new Paragraph(explanation), text);
        var confirm = new Button(confirmLabel, e -> {
            if (required && text.getValue().isBlank()) {
                refuse(fieldLabel + " is required.");
                return;
            }
            try {
                onConfirm.accept(text.getValue());
                close();
            } catch (RuntimeException refused) {
                refuse(ErrorReport.of(refused).message());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-reason");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    private void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }
}
