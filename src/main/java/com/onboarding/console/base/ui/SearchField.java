package com.onboarding.console.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/** A search box as every list has it: a search icon, a clear button, and a search once typing pauses. */
public final class SearchField {

    private SearchField() {
    }

    /** @param label null where the list's heading says what is searched; give the field an aria label then */
    public static TextField create(@Nullable String label, String placeholder) {
        var field = new TextField(label);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }
}
