package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.credentials.ConsoleIdentityService;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.base.ui.Clipboard;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.base.ui.PhoneLayout;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sandbox AWS's accounts, and what a customer would do in their AWS console: change the root email, turn root
 * MFA on or off, create an admin user; plus failures to practise with and credentials to paste.
 */
@Route("sandbox")
@PageTitle("Sandbox AWS | AWS Onboarding Console")
@Menu(order = 6, icon = "vaadin:cloud-o", title = "Sandbox AWS")
@RolesAllowed({Role.Names.OPS, Role.Names.ADMIN})
public class SandboxView extends VerticalLayout {

    private final @Nullable SandboxAws sandbox;
    private final CredentialsService credentials;
    /** The credentials last issued on this page, for "Use for this customer". */
    private @Nullable TemporaryCredentials lastIssued;
    private final Grid<SandboxAccount> accounts = new Grid<>(SandboxAccount.class, false);
    private final VerticalLayout editor = new VerticalLayout();
    private final Paragraph error = new Paragraph();
    private final String platformRoleName;

    SandboxView(ObjectProvider<SandboxAws> sandbox, AwsSettings settings, CredentialsService credentials,
            ConsoleIdentityService identity) {
        this.credentials = credentials;
        this.sandbox = settings.mode() == AwsSettings.Mode.SANDBOX ? sandbox.getIfAvailable() : null;
        this.platformRoleName = settings.platformRoleName();
        add(new H2("Sandbox AWS"), identityLine(identity));
        if (this.sandbox == null) {
            var note = new Paragraph("The console talks to real AWS (console.aws.mode=" + settings.mode()
                    .name().toLowerCase(Locale.ROOT) + "): there is no sandbox to show.");
            note.setId("sandbox-off");
            add(note);
            return;
        }
        add(new Paragraph("Simulated AWS accounts, kept in memory until the console restarts. Do here what a"
                + " customer does in their AWS console, then let the checklist verify it."));
        var accountId = new TextField("Account id");
        accountId.setId("sandbox-account-id");
        var open = new Button("Open account", e -> run(() -> select(this.sandbox
                .account(AccountId.parse(SandboxField.ACCOUNT_ID, accountId.getValue()).value()))));
        open.setId("sandbox-open");
        var top = new HorizontalLayout(accountId, open);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        accounts.setId("sandbox-accounts");
        GridCells.addAccountIdColumn(accounts, SandboxAccount::accountId).setHeader("Account").setKey("account");
        accounts.addColumn(GridCells.wrapping(SandboxAccount::rootEmail)).setHeader("Root email").setKey("email")
                .setFlexGrow(2);
        accounts.addColumn(a -> a.rootMfa() ? "on" : "off").setHeader("Root MFA").setKey("mfa").setWidth("6em")
                .setFlexGrow(0);
        accounts.addColumn(GridCells.wrapping(a -> String.join(", ", a.adminUsers()))).setHeader("Admin users")
                .setKey("admins").setFlexGrow(1);
        accounts.addColumn(GridCells.wrapping(a -> String.join(", ", a.roles()))).setHeader("Roles")
                .setKey("roles").setFlexGrow(1);
        accounts.addColumn(GridCells.wrapping(a -> String.join(", ", a.buckets()))).setHeader("Buckets")
                .setKey("buckets").setFlexGrow(2);
        accounts.addColumn(GridCells.wrapping(a -> String.join(", ", a.reportDefinitions()))).setHeader("Reports")
                .setKey("reports").setFlexGrow(1);
        accounts.addColumn(GridCells.wrapping(SandboxAccount::pendingFailures)).setHeader("Failures to come")
                .setKey("failures").setFlexGrow(1);
        new PhoneLayout(this).cards(accounts, SandboxAccountCard.renderer(), "Accounts");
        accounts.setAllRowsVisible(true);
        accounts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue());
            }
        });
        error.addClassNames(LumoUtility.TextColor.ERROR);
        error.setId("sandbox-error");
        editor.setPadding(false);
        add(top, accounts, error, editor);
        refresh();
    }

    /** The console's own AWS identity, asked on a click: no AWS call while the page renders. */
    private static HorizontalLayout identityLine(ConsoleIdentityService identity) {
        var status = new Paragraph();
        status.setId("aws-identity-status");
        var check = new Button("Check the console's AWS identity", e -> {
            var result = identity.status();
            status.setText(result.message());
            status.setClassName(LumoUtility.TextColor.ERROR, !result.ok());
        });
        check.setId("aws-identity-check");
        return row(check, status);
    }

    private void select(SandboxAccount account) {
        var sandbox = Objects.requireNonNull(this.sandbox);
        var id = account.accountId();
        editor.removeAll();
        editor.add(new H3("Account " + id));

        var email = new TextField("Root email", account.rootEmail(), "");
        email.setId("sandbox-root-email");
        email.setWidth("24rem");
        var saveEmail = new Button("Change root email", e -> run(() -> sandbox.setRootEmail(id, EmailAddress.parse(
                SandboxField.ROOT_EMAIL, TextInput.required(SandboxField.ROOT_EMAIL, email.getValue(), 254), "aws+" + id
                        + "@reseller.example").value())));
        saveEmail.setId("sandbox-save-email");

        var mfa = new Checkbox("Root user has MFA", account.rootMfa());
        mfa.setId("sandbox-root-mfa");
        mfa.addValueChangeListener(e -> run(() -> sandbox.setRootMfa(id, e.getValue())));

        var user = new TextField("IAM user name", "admin", "");
        user.setId("sandbox-admin-user");
        var createUser = new Button("Create user with AdministratorAccess", e -> run(() -> {
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
        var fail = new Button("Fail the next calls", e -> run(() -> sandbox.failNext(id, reason.getValue(),
                times.getValue() == null ? 0 : times.getValue())));
        fail.setId("sandbox-fail");

        var issued = new TextArea("Temporary credentials");
        issued.setReadOnly(true);
        issued.setWidthFull();
        issued.setVisible(false);
        issued.setId("sandbox-credentials");
        var copy = new Button("Copy", e -> Clipboard.copy(issued, "credentials", issued.getValue()));
        copy.setId("sandbox-copy-credentials");
        var use = new Button("Use for this customer", e -> run(() -> {
            var name = credentials.pasteForAccount(id, Objects.requireNonNull(lastIssued));
            Notification.show("Calls for " + name + " (account " + id + ") use these credentials until you log out.",
                    5000, Notification.Position.BOTTOM_END);
        }));
        use.setId("sandbox-use-credentials");
        var issuedActions = row(copy, use);
        issuedActions.setVisible(false);
        var issue = new Button("Issue temporary credentials", e -> run(() -> {
            var fresh = sandbox.issueCredentials(id);
            lastIssued = fresh;
            issued.setValue("Access key id: " + fresh.accessKeyId() + "\nSecret access key: "
                    + fresh.secretAccessKey() + "\nSession token: " + fresh.sessionToken());
            issued.setVisible(true);
            issuedActions.setVisible(true);
        }));
        issue.setId("sandbox-issue-credentials");

        editor.add(row(email, saveEmail), mfa, row(user, createUser), row(reason, times, fail), issue, issued,
                issuedActions);
        if (!account.buckets().isEmpty()) {
            editor.add(bucketEncryption(sandbox, account));
        }
        if (account.taxRegistrationId() != null) {
            editor.add(taxStatus(sandbox, id));
        }
        sandbox.rolePolicies(id, platformRoleName).forEach((name, document) -> editor.add(rolePolicy(id, name,
                document)));
    }

    /** The customer choosing their own default encryption, e.g. a KMS key, which the console must keep. */
    private HorizontalLayout bucketEncryption(SandboxAws sandbox, SandboxAccount account) {
        var bucket = new Select<String>();
        bucket.setLabel("Bucket");
        bucket.setItems(account.buckets());
        bucket.setValue(account.buckets().getFirst());
        var encryption = new Select<BucketEncryption>();
        encryption.setLabel("Default encryption");
        encryption.setItems(BucketEncryption.values());
        encryption.setValue(BucketEncryption.SSE_KMS);
        var set = new Button("Set bucket encryption", e -> run(() -> sandbox.setBucketEncryption(account.accountId(),
                bucket.getValue(), encryption.getValue())));
        set.setId("sandbox-bucket-encryption");
        return row(bucket, encryption, set);
    }

    /** AWS's decision on the tax registration, which the 3.2 verification reads. */
    private HorizontalLayout taxStatus(SandboxAws sandbox, String accountId) {
        var status = new Select<FiledTaxRegistration.Status>();
        status.setLabel("Tax registration status");
        status.setItems(FiledTaxRegistration.Status.values());
        status.setItemLabelGenerator(FiledTaxRegistration.Status::awsName);
        status.setValue(FiledTaxRegistration.Status.PENDING);
        var set = new Button("Set tax registration status",
                e -> run(() -> sandbox.setTaxRegistrationStatus(accountId, status.getValue())));
        set.setId("sandbox-tax-status");
        return row(status, set);
    }

    /** The platform role's inline policy, as the customer could edit it in IAM: the sandbox authorizes by it. */
    private Component rolePolicy(String accountId, String policyName, String document) {
        var sandbox = Objects.requireNonNull(this.sandbox);
        var policy = new TextArea("Inline policy " + policyName + " of the role " + platformRoleName, document, "");
        policy.setWidthFull();
        policy.setId("sandbox-role-policy");
        var save = new Button("Save the role's policy", e -> run(() -> {
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

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Runs a change and shows the accounts as they are now, or what was wrong with the input. */
    private void run(Runnable change) {
        error.setText("");
        try {
            change.run();
        } catch (InvalidInputException | AwsCallException e) {
            error.setText(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        accounts.setItems(Objects.requireNonNull(sandbox).accounts());
    }
}
