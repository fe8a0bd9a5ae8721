package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.credentials.CredentialsBlock;
import com.onboarding.console.aws.credentials.CredentialsField;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.RecordForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.security.access.AccessDeniedException;

/**
 * Lets an OPS user paste temporary credentials for one customer's management account, check them with AWS and use
 * them until logout, or forget them. A block pasted whole (labelled lines, shell variables, the CLI's JSON) fills
 * the fields and is checked at once. A refused paste keeps what was typed for correction; the secret and the token
 * leave the form when the dialog closes.
 */
public class CredentialsDialog extends Dialog {

    private final CredentialsService credentials;
    private final long customerId;
    private final String accountId;
    private final Runnable onChange;
    private final TextField accessKeyId = new TextField(CredentialsField.ACCESS_KEY_ID.label());
    private final PasswordField secret = new PasswordField(CredentialsField.SECRET_ACCESS_KEY.label());
    private final PasswordField sessionToken = new PasswordField(CredentialsField.SESSION_TOKEN.label());
    private final TextArea block = new TextArea("Paste all at once");
    private final Paragraph state = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final RecordForm<CredentialsBlock> form = new RecordForm<>(CredentialsBlock.class, this::showError);

    /** @param onChange runs after credentials were taken into use or forgotten */
    public CredentialsDialog(CredentialsService credentials, long customerId, String accountId, Runnable onChange) {
        this.credentials = credentials;
        this.customerId = customerId;
        this.accountId = accountId;
        this.onChange = onChange;
        setHeaderTitle("AWS credentials for account " + accountId);

        var help = new Paragraph("Paste temporary credentials of the management account " + accountId
                + " (for example from the AWS access portal). The console checks them with AWS, keeps them for your"
                + " session only and never stores them.");
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        block.setId("credentials-block");
        block.setPlaceholder("export AWS_ACCESS_KEY_ID=...  or the JSON of aws configure export-credentials");
        block.setHelperText("The three lines of the access portal or the sandbox, export/set/$Env: lines, or the"
                + " JSON of aws configure export-credentials or aws sts get-session-token.");
        block.setWidthFull();
        block.addValueChangeListener(e -> fillFrom(e.getValue()));
        accessKeyId.setId("credentials-access-key-id");
        accessKeyId.setPlaceholder("ASIA...");
        secret.setId("credentials-secret");
        sessionToken.setId("credentials-session-token");
        state.setId("credentials-state");
        error.setId("credentials-error");
        error.addClassNames(LumoUtility.TextColor.ERROR);
        error.setVisible(false);

        accessKeyId.setWidthFull();
        secret.setWidthFull();
        sessionToken.setWidthFull();
        form.bind(CredentialsField.ACCESS_KEY_ID, accessKeyId, "accessKeyId");
        form.bind(CredentialsField.SECRET_ACCESS_KEY, secret, "secretAccessKey");
        form.bind(CredentialsField.SESSION_TOKEN, sessionToken, "sessionToken");
        var layout = new VerticalLayout(help, state, block, accessKeyId, secret, sessionToken, error);
        layout.setPadding(false);
        add(layout);
        setWidth("36rem");

        var use = new Button("Check & use", e -> use());
        use.setId("credentials-use");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var forget = new Button("Forget credentials", e -> forget());
        forget.setId("credentials-forget");
        forget.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var close = new Button("Close", e -> close());
        getFooter().add(forget, close, use);
        // What was typed stays while the person corrects it; the secret and token go once the dialog closes.
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                block.clear();
                secret.clear();
                sessionToken.clear();
            }
        });
        showState();
    }

    /** Fills the fields from a pasted block and, when it held a key and its secret, checks them at once. */
    private void fillFrom(String pasted) {
        if (pasted.isBlank()) {
            return;
        }
        var found = CredentialsBlock.parse(pasted);
        // The block holds the secret: it leaves the form as soon as it was read.
        block.clear();
        if (found.isEmpty()) {
            block.setErrorMessage("No credentials found in what was pasted: paste the lines with the access key id,"
                    + " secret access key and session token, or the JSON the AWS CLI prints.");
            block.setInvalid(true);
            return;
        }
        block.setInvalid(false);
        form.read(found.get());
        if (found.get().accessKeyId() != null && found.get().secretAccessKey() != null) {
            use();
        }
    }

    private void use() {
        clearErrors();
        var typed = form.draft();
        try {
            credentials.paste(customerId, accountId, typed.accessKeyId(), typed.secretAccessKey(),
                    typed.sessionToken());
        } catch (InvalidInputException e) {
            form.show(e);
            return;
        } catch (AwsCallException e) {
            // Only staff paste credentials: they see what AWS answered.
            showError(e.staffMessage());
            return;
        } catch (AccessDeniedException e) {
            showError(e.getMessage());
            return;
        }
        Notification.show("Credentials checked: calls for account " + accountId + " use them until you log out.");
        onChange.run();
        close();
    }

    private void forget() {
        clearErrors();
        try {
            credentials.forget(customerId);
        } catch (AccessDeniedException e) {
            showError(e.getMessage());
            return;
        }
        accessKeyId.clear();
        showState();
        onChange.run();
    }

    private void showState() {
        state.setText(credentials.current(customerId)
                .map(c -> "In use: pasted credentials " + c.accessKeyId() + ".")
                .orElse("No pasted credentials: calls assume the platform role with the customer's ExternalId."));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearErrors() {
        error.setVisible(false);
        form.clearErrors();
    }
}
