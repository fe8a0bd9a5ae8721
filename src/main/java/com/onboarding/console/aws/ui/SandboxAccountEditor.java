package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.base.ui.Clipboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One sandbox account's controls: what a customer would do in their AWS console (root email, root MFA, an admin
 * user, bucket encryption, the platform role's policy), AWS's tax decision, failures to practise with and
 * credentials to paste.
 */
final class SandboxAccountEditor extends VerticalLayout {

    private final SandboxAws sandbox;
    private final CredentialsService credentials;
    private final String platformRoleName;
    /** Runs a change, shows what was wrong with the input and the accounts as they are now. */
    private final Consumer<Runnable> run;
    /** The credentials last issued on this page, for "Use for this customer". */
    private @Nullable TemporaryCredentials lastIssued;

    SandboxAccountEditor(SandboxAws sandbox, CredentialsService credentials, String platformRoleName,
            Consumer<Runnable> run) {
        this.sandbox = sandbox;
        this.credentials = credentials;
        this.platformRoleName = platformRoleName;
        this.run = run;
        setPadding(false);
    }

    /** Shows {@code account}'s controls in place of the previous account's. */
    void show(SandboxAccount account) {
        var id = account.accountId();
        removeAll();
        add(new H3("Account " + id));

        var email = new TextField("Root email", account.rootEmail(), "");
        email.setId("sandbox-root-email");
        email.setWidth("24rem");
        var saveEmail = new Button("Change root email", e -> run.accept(() -> sandbox.setRootEmail(id,
                EmailAddress.parse(SandboxField.ROOT_EMAIL, TextInput.required(SandboxField.ROOT_EMAIL,
                        email.getValue(), EmailAddress.MAX_LENGTH), "aws+" + id + "@reseller.example").value())));
        saveEmail.setId("sandbox-save-email");

        var mfa = new Checkbox("Root user has MFA", account.rootMfa());
        mfa.setId("sandbox-root-mfa");
        mfa.addValueChangeListener(e -> run.accept(() -> sandbox.setRootMfa(id, e.getValue())));

        var user = new TextField("IAM user name", "admin", "");
        user.setId("sandbox-admin-user");
        var createUser = new Button("Create user with AdministratorAccess", e -> run.accept(() -> {
            try {
                sandbox.createAdminUser(id, TextInput.required(SandboxField.IAM_USER_NAME, user.getValue(), 64));
            } catch (AwsCallException refused) {
                // IAM's answer repeats the name as typed: the message says what IAM takes instead.
                throw new InvalidInputException(SandboxField.IAM_USER_NAME, "IAM user name must be up to 64 letters, digits"
                        + " or the characters _ + = , . @ - without spaces: IAM refuses other names.");
            }
        }));
        createUser.setId("sandbox-create-admin");

        var reason = new Select<Reason>();
        reason.setLabel("Make calls fail");
        reason.setItems(List.of(Reason.THROTTLED, Reason.ACCESS_DENIED, Reason.EXPIRED_CREDENTIALS,
                Reason.SERVICE_ERROR, Reason.TIMEOUT, Reason.REGION_DISABLED));
        reason.setValue(Reason.THROTTLED);
        reason.setId("sandbox-failure-reason");
        var times = new IntegerField("Times");
        times.setValue(1);
        times.setMin(0);
        times.setId("sandbox-failure-times");
        var fail = new Button("Fail the next calls", e -> run.accept(() -> sandbox.failNext(id, reason.getValue(),
                times.getValue() == null ? 0 : times.getValue())));
        fail.setId("sandbox-fail");

        var issued = new TextArea("Temporary credentials");
        issued.setReadOnly(true);
        issued.setWidthFull();
        issued.setVisible(false);
        issued.setId("sandbox-credentials");
        var copy = new Button("Copy", e -> Clipboard.copy(issued, "credentials", issued.getValue()));
        copy.setId("sandbox-copy-credentials");
        var use = new Button("Use for this customer", e -> run.accept(() -> {
            var name = credentials.pasteForAccount(id, Objects.requireNonNull(lastIssued));
            Notification.show("Calls for " + name + " (account " + id + ") use these credentials until you log out.",
                    5000, Notification.Position.BOTTOM_END);
        }));
        use.setId("sandbox-use-credentials");
        var issuedActions = row(copy, use);
        issuedActions.setVisible(false);
        var issue = new Button("Issue temporary credentials", e -> run.accept(() -> {
            var fresh = sandbox.issueCredentials(id);
            lastIssued = fresh;
            issued.setValue("Access key id: " + fresh.accessKeyId() + "\nSecret access key: "
                    + fresh.secretAccessKey() + "\nSession token: " + fresh.sessionToken());
            issued.setVisible(true);
            issuedActions.setVisible(true);
        }));
        issue.setId("sandbox-issue-credentials");

        add(row(email, saveEmail), mfa, row(user, createUser), row(reason, times, fail), issue, issued,
                issuedActions);
        if (!account.buckets().isEmpty()) {
            add(bucketEncryption(account));
        }
        if (account.taxRegistrationId() != null) {
            add(taxStatus(id));
        }
        sandbox.rolePolicies(id, platformRoleName).forEach((name, document) -> add(rolePolicy(id, name,
                document)));
    }

    /** The customer choosing their own default encryption, e.g. a KMS key, which the console must keep. */
    private HorizontalLayout bucketEncryption(SandboxAccount account) {
        var bucket = new Select<String>();
        bucket.setLabel("Bucket");
        bucket.setItems(account.buckets());
        bucket.setValue(account.buckets().getFirst());
        var encryption = new Select<BucketEncryption>();
        encryption.setLabel("Default encryption");
        encryption.setItems(BucketEncryption.values());
        encryption.setValue(BucketEncryption.SSE_KMS);
        var set = new Button("Set bucket encryption", e -> run.accept(() -> sandbox.setBucketEncryption(
                account.accountId(), bucket.getValue(), encryption.getValue())));
        set.setId("sandbox-bucket-encryption");
        return row(bucket, encryption, set);
    }

    /** AWS's decision on the tax registration, which the 3.2 verification reads. */
    private HorizontalLayout taxStatus(String accountId) {
        var status = new Select<FiledTaxRegistration.Status>();
        status.setLabel("Tax registration status");
        status.setItems(FiledTaxRegistration.Status.values());
        status.setItemLabelGenerator(FiledTaxRegistration.Status::awsName);
        status.setValue(FiledTaxRegistration.Status.PENDING);
        var set = new Button("Set tax registration status",
                e -> run.accept(() -> sandbox.setTaxRegistrationStatus(accountId, status.getValue())));
        set.setId("sandbox-tax-status");
        return row(status, set);
    }

    /** The platform role's inline policy, as the customer could edit it in IAM: the sandbox authorizes by it. */
    private Component rolePolicy(String accountId, String policyName, String document) {
        var policy = new TextArea("Inline policy " + policyName + " of the role " + platformRoleName, document, "");
        policy.setWidthFull();
        policy.setId("sandbox-role-policy");
        var save = new Button("Save the role's policy", e -> run.accept(() -> {
            try {
                sandbox.setRolePolicy(accountId, platformRoleName, policyName, policy.getValue());
            } catch (AwsCallException refused) {
                throw new InvalidInputException(SandboxField.INLINE_POLICY, "IAM refuses this policy (" + refused.awsAnswer()
                        + "): enter a policy document in IAM's JSON grammar.");
            }
        }));
        save.setId("sandbox-save-role-policy");
        return new VerticalLayout(policy, save);
    }

    /** Inputs and their button on one line. */
    static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
