package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.customers.domain.Customer;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.base.ui.GridCells;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sandbox hands out credentials to copy, or to take into use for the account's customer in one click. */
class SandboxViewTest extends KaribuTest {

    @Autowired
    private CredentialsService credentials;

    private Customer customer;

    @BeforeEach
    void openAccount() {
        login("ops");
        customer = fixture().customer("Sandbox shortcut");
        UI.getCurrent().navigate("sandbox");
        _get(TextField.class, spec -> spec.withId("sandbox-account-id")).setValue(customer.getAccountId());
        _click(_get(Button.class, spec -> spec.withId("sandbox-open")));
        _click(_get(Button.class, spec -> spec.withId("sandbox-issue-credentials")));
    }

    @Test
    void issuedCredentialsAreUsedForTheCustomerOfTheAccountInOneClick() {
        var shown = _get(TextArea.class, spec -> spec.withId("sandbox-credentials")).getValue();
        _click(_get(Button.class, spec -> spec.withId("sandbox-use-credentials")));

        var pasted = credentials.current(customer.id()).orElseThrow();
        assertThat(shown).contains("Access key id: " + pasted.accessKeyId(),
                "Secret access key: " + pasted.secretAccessKey(), "Session token: " + pasted.sessionToken());
        assertThat(_get(Paragraph.class, spec -> spec.withId("sandbox-error")).getText()).isEmpty();
    }

    @Test
    void issuedCredentialsCanBeCopied() {
        _click(_get(Button.class, spec -> spec.withId("sandbox-copy-credentials")));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("navigator.clipboard"));
    }

    @Test
    void onAPhoneAccountsAreCards() {
        @SuppressWarnings("unchecked")
        Grid<SandboxAccount> accounts = _get(Grid.class, spec -> spec.withId("sandbox-accounts"));
        assertThat(accounts.getColumnByKey("account").getWidth()).isEqualTo(GridCells.ACCOUNT_ID_WIDTH);
        resizeWindow(390, 844);
        assertThat(accounts.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("card");
        var row = GridKt._findAll(accounts).stream().map(SandboxAccount::accountId).toList()
                .indexOf(customer.getAccountId());
        assertThat(GridKt._getFormatted(accounts, row, "card")).contains(customer.getAccountId(), "MFA ");
        resizeWindow(1400, 900);
        assertThat(accounts.getColumnByKey("card").isVisible()).isFalse();
        assertThat(accounts.getColumnByKey("account").isVisible()).isTrue();
    }
}
