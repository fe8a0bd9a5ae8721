package com.onboarding.console.checklist.ui;

import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRegistrationType;
import com.onboarding.console.aws.TaxRules;
import com.onboarding.console.base.domain.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The 3.2 form: the tax registration the console sets through the Tax Settings API. {@code onSubmit} refuses a
 * registration by throwing {@link InvalidInputException}.
 */
class TaxRegistrationDialog extends Dialog {

    TaxRegistrationDialog(String billingCountry, Consumer<TaxRegistration> onSubmit) {
        setHeaderTitle("Set the tax profile");
        var type = new ComboBox<String>("Registration type",
                Arrays.stream(TaxRegistrationType.values()).map(Enum::name).toList());
        // A type AWS does not take is kept as typed, for the service to refuse at the field.
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(e.getDetail()));
        type.setRequired(true);
        var id = field("Registration id", 60);
        var legalName = field("Legal name", 200);
        var address = field("Address", 180);
        var city = field("City", 50);
        var postalCode = field("Postal code", 20);
        var state = field("State or region", 50);
        var country = field("Country (ISO code)", 2);
        country.setValueChangeMode(ValueChangeMode.EAGER);
        // AWS asks for the state or province only in some countries: the form asks for it there.
        country.addValueChangeListener(e -> showState(state, e.getValue()));
        country.setValue(billingCountry);
        showState(state, billingCountry);
        var form = new FormLayout(type, id, legalName, address, city, postalCode, state, country);
        add(form);
        var submit = new Button("Set in AWS", e -> {
            FieldErrors.clear(this);
            try {
                onSubmit.accept(new TaxRegistration(type.getValue() == null ? "" : type.getValue(), id.getValue(),
                        legalName.getValue(), address.getValue(), city.getValue(), postalCode.getValue(),
                        state.isVisible() ? state.getValue() : null, country.getValue()));
                close();
            } catch (InvalidInputException refused) {
                // The form stays as typed, with the message at the field it is about.
                FieldErrors.show(this, refused);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("tax-submit");
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    private static void showState(TextField state, String country) {
        var needed = TaxRules.needsStateOrRegion(country);
        state.setVisible(needed);
        state.setRequired(needed);
    }

    private static TextField field(String label, int maxLength) {
        var field = new TextField(label);
        field.setMaxLength(maxLength);
        field.setRequired(true);
        return field;
    }
}
