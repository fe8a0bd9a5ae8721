package com.onboarding.console.base.ui;

import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.TextInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A counter under a text field ("12/200") that says at once when the text is longer than the console keeps, in the
 * words the service refuses it with. The field sets no length limit in the browser: a browser cuts a longer paste
 * silently, and the person would not know what was lost.
 */
public final class TextLimit {

    private final TextField field;
    private final FieldKey key;
    private final int maxLength;
    private boolean tooLong;

    private TextLimit(TextField field, FieldKey key, int maxLength) {
        this.field = field;
        this.key = key;
        this.maxLength = maxLength;
    }

    /** Counts the field's text against {@code maxLength}, the limit the service refuses {@code key} beyond. */
    public static void count(TextField field, FieldKey key, int maxLength) {
        var limit = new TextLimit(field, key, maxLength);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> limit.show());
        limit.show();
    }

    private void show() {
        var length = TextInput.length(field.getValue());
        field.setHelperText(length + "/" + maxLength);
        if (length > maxLength) {
            field.setErrorMessage(TextInput.tooLong(key, length, maxLength));
            field.setInvalid(true);
        } else if (tooLong) {
            field.setInvalid(false);
        }
        tooLong = length > maxLength;
    }
}
