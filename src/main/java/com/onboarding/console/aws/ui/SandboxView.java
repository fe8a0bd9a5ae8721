package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.credentials.ConsoleIdentityService;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.base.ui.PhoneLayout;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
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
    private final Grid<SandboxAccount> accounts = new Grid<>(SandboxAccount.class, false);
    private final SandboxAccountFilters filters = new SandboxAccountFilters();
    private final Paragraph error = new Paragraph();

    SandboxView(ObjectProvider<SandboxAws> sandbox, AwsSettings settings, CredentialsService credentials,
            ConsoleIdentityService identity) {
        this.sandbox = settings.mode() == AwsSettings.Mode.SANDBOX ? sandbox.getIfAvailable() : null;
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
        var editor = new SandboxAccountEditor(this.sandbox, credentials, settings.platformRoleName(), this::run);
        var open = new Button("Open account", e -> run(() -> editor.show(this.sandbox
                .account(AccountId.parse(SandboxField.ACCOUNT_ID, accountId.getValue()).value()))));
        open.setId("sandbox-open");
        var top = SandboxAccountEditor.row(accountId, open);

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
        accounts.setEmptyStateText("No sandbox accounts match the filters.");
        var phone = new PhoneLayout(this);
        phone.cards(accounts, SandboxAccountCard.renderer(), "Accounts");
        var filterPlace = phone.foldFilters(filters, filters::activeCount);
        filters.addChangeListener(this::refresh);
        filters.addChangeListener(filterPlace::update);
        accounts.setAllRowsVisible(true);
        accounts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.show(e.getValue());
            }
        });
        error.addClassNames(LumoUtility.TextColor.ERROR);
        error.setId("sandbox-error");
        add(top, filterPlace, accounts, error, editor);
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
        return SandboxAccountEditor.row(check, status);
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

    /** The accounts as they are now, narrowed by the filters. */
    private void refresh() {
        accounts.setItems(Objects.requireNonNull(sandbox).accounts().stream().filter(filters::matches).toList());
    }
}
