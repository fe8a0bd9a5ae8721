package com.onboarding.console.checklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 3.2 form on its own: refusals at their fields by key, the country found by name, long names counted. */
class TaxRegistrationDialogTest extends KaribuTest {

    private final List<TaxRegistration> submitted = new ArrayList<>();
    private TaxRegistrationDialog dialog;

    @BeforeEach
    void open() {
        dialog = new TaxRegistrationDialog("DE", registration -> submitted.add(TaxRules.checked(registration)));
        dialog.open();
    }

    @Test
    void aRefusalFindsItsFieldByItsKeyWhateverTheLabelSays() {
        fill();
        var id = field("Registration id");
        id.setLabel("VAT number");
        id.clear();

        submit();

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("Registration id is required.");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(submitted).isEmpty();
    }

    @Test
    void theFormReadsBackTheRegistrationAsTyped() {
        fill();
        country().setValue("NL");

        submit();

        assertThat(submitted).containsExactly(new TaxRegistration("VAT", "NL123456789B01", "Example B.V.",
                "Main Street 1", "Amsterdam", "1011 AB", null, "NL"));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void theCountryBoxOffersAnExactOrPrefixMatchFirst() {
        var country = country();
        assertThat(country.getValue()).isEqualTo("DE");

        ComboBoxKt.setUserInput(country, "Neth");
        assertThat(ComboBoxKt.getSuggestionItems(country)).first().isEqualTo("NL");
        assertThat(ComboBoxKt.getSuggestionItems(country)).contains("BQ");

        ComboBoxKt.setUserInput(country, "guinea");
        assertThat(ComboBoxKt.getSuggestionItems(country)).first().isEqualTo("GN");
        assertThat(ComboBoxKt.getSuggestionItems(country)).contains("GW", "GQ", "PG");

        ComboBoxKt.setUserInput(country, "us");
        assertThat(ComboBoxKt.getSuggestionItems(country)).first().as("the code typed exactly").isEqualTo("US");
    }

    @Test
    void aLegalNameLongerThanAwsTakesIsCountedAndNamedInsteadOfCut() {
        var legalName = field("Legal name");
        assertThat(legalName.getHelperText()).isEqualTo("0/200");
        assertThat(legalName.getMaxLength()).as("the browser does not cut a paste").isZero();

        legalName.setValue("x".repeat(203));

        assertThat(legalName.getValue()).hasSize(203);
        assertThat(legalName.getHelperText()).isEqualTo("203/200");
        assertThat(legalName.isInvalid()).isTrue();
        assertThat(legalName.getErrorMessage()).isEqualTo("Legal name is 203 characters long: at most 200 are"
                + " allowed.");

        legalName.setValue("Example B.V.");
        assertThat(legalName.isInvalid()).isFalse();
        assertThat(legalName.getHelperText()).isEqualTo("12/200");
    }

    private void fill() {
        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(dialog, ComboBox.class, spec -> spec.withLabel("Registration type"));
        type.setValue("VAT");
        field("Registration id").setValue("NL123456789B01");
        field("Legal name").setValue("Example B.V.");
        field("Address").setValue("Main Street 1");
        field("City").setValue("Amsterdam");
        field("Postal code").setValue("1011 AB");
    }

    private void submit() {
        _click(_get(dialog, Button.class, spec -> spec.withId("tax-submit")));
    }

    private TextField field(String label) {
        return _get(dialog, TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> country() {
        return _get(dialog, ComboBox.class, spec -> spec.withLabel("Country"));
    }
}
