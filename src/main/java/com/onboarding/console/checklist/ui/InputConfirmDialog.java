package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.ErrorReport;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.StepInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/**
 * Confirms a step that asks for a value: the value in its own field, an optional note below. A refusal stays in
 * the dialog, at the field it is about, with everything as typed.
 */
class InputConfirmDialog extends Dialog {

    private final StepInput input;
    private final TextField value;
    private final TextArea note;

    /** @param onConfirm takes the value and the note as typed; it refuses by throwing */
    InputConfirmDialog(String title, StepInput input, BiConsumer<String, String> onConfirm) {
        this.input = input;
        setHeaderTitle(title);
        value = new TextField(input.label());
        value.setWidthFull();
        value.setRequired(true);
        value.setMaxLength(input.maxLength());
        value.setHelperText("Expected: " + input.expected() + ".");
        value.setId("step-input");
        note = new TextArea("Note (optional)");
        note.setWidthFull();
        note.setMaxLength(CustomerStep.NOTE_MAX);
        note.setId("reason");
        add(new Paragraph("Mark this step as done."), value, note);
        var confirm = new Button("Confirm", e -> {
            value.setInvalid(false);
            note.setInvalid(false);
            try {
                onConfirm.accept(value.getValue(), note.getValue());
                close();
            } catch (InvalidInputException refused) {
                if (refused.field().filter(input::equals).isPresent()) {
                    value.setErrorMessage(refused.getMessage());
                    value.setInvalid(true);
                } else {
                    refuseNote(refused.getMessage());
                }
            } catch (RuntimeException refused) {
                refuseNote(ErrorReport.of(refused).message());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-reason");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        setWidth("min(32rem, 95vw)");
    }

    private void refuseNote(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }
}
