package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.customers.domain.Customer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The credentials dialog keeps what was typed while the service refuses it, and lets the secrets go at close. */
class CredentialsDialogTest extends KaribuTest {

    @Autowired
    private CredentialsService credentials;

    @Autowired
    private SandboxAws sandbox;

    private Customer customer;
    private final AtomicInteger changes = new AtomicInteger();
    private CredentialsDialog dialog;

    @BeforeEach
    void open() {
        login("ops");
        customer = fixture().customer("Credentials dialog");
        dialog = new CredentialsDialog(credentials, customer.id(), customer.getAccountId(), changes::incrementAndGet);
        dialog.open();
    }

    @Test
    void aRefusedPasteKeepsWhatWasTypedAndNamesTheField() {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        keyId().setValue(issued.accessKeyId());
        secret().setValue("too-short");
        token().setValue(issued.sessionToken());

        _click(_get(Button.class, spec -> spec.withId("credentials-use")));

        assertThat(secret().isInvalid()).isTrue();
        assertThat(secret().getErrorMessage()).contains("must be 40 characters");
        assertThat(keyId().getValue()).isEqualTo(issued.accessKeyId());
        assertThat(secret().getValue()).isEqualTo("too-short");
        assertThat(token().getValue()).isEqualTo(issued.sessionToken());
        assertThat(dialog.isOpened()).isTrue();
        assertThat(changes).hasValue(0);

        secret().setValue(issued.secretAccessKey());
        _click(_get(Button.class, spec -> spec.withId("credentials-use")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(changes).hasValue(1);
        assertThat(credentials.current(customer.id())).contains(issued);
        assertThat(secret().getValue()).as("the secret once the dialog closed").isEmpty();
        assertThat(token().getValue()).as("the session token once the dialog closed").isEmpty();
    }

    @Test
    void aRefusalFindsItsFieldByItsKeyWhateverTheLabelSays() {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        token().setLabel("Token");
        keyId().setValue(issued.accessKeyId());
        secret().setValue(issued.secretAccessKey());

        _click(_get(Button.class, spec -> spec.withId("credentials-use")));

        assertThat(token().isInvalid()).isTrue();
        assertThat(token().getErrorMessage()).startsWith("Session token is required with temporary credentials");
        assertThat(keyId().isInvalid()).isFalse();
        assertThat(secret().isInvalid()).isFalse();
        _assertNone(dialog, Paragraph.class, spec -> spec.withId("credentials-error"));
    }

    @Test
    void aBlockPastedWholeFillsTheFieldsAndIsCheckedAtOnce() {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        block().setValue("export AWS_ACCESS_KEY_ID=" + issued.accessKeyId() + "\nexport AWS_SECRET_ACCESS_KEY="
                + issued.secretAccessKey() + "\nexport AWS_SESSION_TOKEN=" + issued.sessionToken() + "\n");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(changes).hasValue(1);
        assertThat(credentials.current(customer.id())).contains(issued);
        assertThat(block().getValue()).as("the pasted block holds the secret").isEmpty();
    }

    @Test
    void aPastedBlockThatIsRefusedStaysInTheFieldsForCorrection() {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        block().setValue("{\"Credentials\": {\"AccessKeyId\": \"" + issued.accessKeyId()
                + "\", \"SecretAccessKey\": \"too-short\", \"SessionToken\": \"" + issued.sessionToken() + "\"}}");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(keyId().getValue()).isEqualTo(issued.accessKeyId());
        assertThat(secret().isInvalid()).isTrue();
        assertThat(token().getValue()).isEqualTo(issued.sessionToken());
        assertThat(block().getValue()).isEmpty();

        block().setValue("no credentials in here");
        assertThat(block().isInvalid()).isTrue();
        assertThat(block().getErrorMessage()).startsWith("No credentials found in what was pasted");
        assertThat(keyId().getValue()).as("the fields keep what they had").isEqualTo(issued.accessKeyId());
        assertThat(changes).hasValue(0);
    }

    @Test
    void closingTheDialogDropsTypedSecrets() {
        secret().setValue("s".repeat(40));
        token().setValue("token");

        _click(_get(dialog, Button.class, spec -> spec.withText("Close")));

        assertThat(secret().getValue()).isEmpty();
        assertThat(token().getValue()).isEmpty();
    }

    private TextArea block() {
        return _get(dialog, TextArea.class, spec -> spec.withId("credentials-block"));
    }

    private TextField keyId() {
        return _get(dialog, TextField.class, spec -> spec.withId("credentials-access-key-id"));
    }

    private PasswordField secret() {
        return _get(dialog, PasswordField.class, spec -> spec.withId("credentials-secret"));
    }

    private PasswordField token() {
        return _get(dialog, PasswordField.class, spec -> spec.withId("credentials-session-token"));
    }
}
