package com.onboarding.console.payer.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.payer.service.PayerField;
import com.onboarding.console.payer.service.PayerLookupService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Type one account id, get its payer type. */
class PayerLookupForm extends VerticalLayout {

    private final PayerLookupService payerLookup;
    private final TextField account = new TextField(PayerField.ACCOUNT_ID.label());
    private final Div result = new Div();

    PayerLookupForm(PayerLookupService payerLookup) {
        this.payerLookup = payerLookup;
        setPadding(false);
        account.setId("payer-lookup-account");
        account.setPlaceholder("123456789012");
        account.setHelperText("12 digits; spaces and dashes are ignored");
        account.setClearButtonVisible(true);
        var lookUp = new Button("Look up", e -> lookUp());
        lookUp.setId("payer-lookup-button");
        lookUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lookUp.addClickShortcut(Key.ENTER).listenOn(account);
        var row = new HorizontalLayout(account, lookUp);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("payer-lookup-result");
        add(new H3("Look up a payer type"), row, result);
    }

    private void lookUp() {
        result.removeAll();
        try {
            var answer = payerLookup.lookup(account.getValue());
            account.setInvalid(false);
            result.add(new PayerTypeSummary("Account " + answer.accountId(), answer));
        } catch (InvalidInputException e) {
            account.setErrorMessage(e.getMessage());
            account.setInvalid(true);
        }
    }
}
