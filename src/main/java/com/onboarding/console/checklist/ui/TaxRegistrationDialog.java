package com.onboarding.console.checklist.ui;

import com.onboarding.console.aws.TaxField;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRegistrationType;
import com.onboarding.console.aws.TaxRules;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.CountryBox;
import com.onboarding.console.base.ui.RecordForm;
import com.onboarding.console.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The 3.2 form: the tax registration the console sets through the Tax Settings API. {@code onSubmit} refuses a
 * registration by throwing {@link InvalidInputException}.
 */
class TaxRegistrationDialog extends Dialog {

    private final RecordForm<TaxRegistration> form = new RecordForm<>(TaxRegistration.class);

    TaxRegistrationDialog(String billingCountry, Consumer<TaxRegistration> onSubmit) {
        setHeaderTitle("Set the tax profile");
        var type = new ComboBox<String>("Registration type",
                Arrays.stream(TaxRegistrationType.values()).map(Enum::name).toList());
        // A type AWS does not take is kept as typed, for the service to refuse at the field.
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(e.getDetail()));
        type.setRequired(true);
        form.bind(TaxField.REGISTRATION_TYPE, type, "registrationType", Converter.<@Nullable String, String>from(
                chosen -> Result.ok(Objects.requireNonNullElse(chosen, "")), typed -> typed));
        var id = field(TaxField.REGISTRATION_ID, "registrationId");
        var legalName = form.bind(TaxField.LEGAL_NAME, new TextField(TaxField.LEGAL_NAME.label()), "legalName");
        legalName.setRequired(true);
        TextLimit.count(legalName, TaxField.LEGAL_NAME, TaxField.LEGAL_NAME.maxLength());
        var address = field(TaxField.ADDRESS, "addressLine1");
        var city = field(TaxField.CITY, "city");
        var postalCode = field(TaxField.POSTAL_CODE, "postalCode");
        var state = new TextField(TaxField.STATE_OR_REGION.label());
        state.setMaxLength(TaxField.STATE_OR_REGION.maxLength());
        // A state typed before the country changed to one without states is not sent.
        form.bind(TaxField.STATE_OR_REGION, state, "stateOrRegion", Converter.<String, @Nullable String>from(
                typed -> Result.ok(state.isVisible() ? typed : null), Objects::toString));
        var country = new CountryBox(TaxField.COUNTRY.label());
        country.setRequired(true);
        form.bind(TaxField.COUNTRY, country, "countryCode", Converter.<@Nullable String, String>from(
                chosen -> Result.ok(Objects.requireNonNullElse(chosen, "")), code -> code.isEmpty() ? null : code));
        // AWS asks for the state or province only in some countries: the form asks for it there.
        country.addValueChangeListener(e -> showState(state, e.getValue()));
        country.setValue(billingCountry);
        showState(state, billingCountry);
        add(new FormLayout(type, id, legalName, address, city, postalCode, state, country));
        var submit = new Button("Set in AWS", e -> {
            form.clearErrors();
            try {
                onSubmit.accept(form.draft());
                close();
            } catch (InvalidInputException refused) {
                // The form stays as typed, with the message at the field it is about.
                form.show(refused);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("tax-submit");
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    private static void showState(TextField state, @Nullable String country) {
        var needed = TaxRules.needsStateOrRegion(country);
        state.setVisible(needed);
        state.setRequired(needed);
    }

    private TextField field(TaxField key, String property) {
        var field = new TextField(key.label());
        field.setMaxLength(key.maxLength());
        field.setRequired(true);
        return form.bind(key, field, property);
    }
}
