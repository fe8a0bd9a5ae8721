package com.onboarding.console.checklist.ui;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.audit.ui.AuditTimeline;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.ui.CredentialsDialog;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.ui.CustomerFormDialog;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.springframework.stereotype.Component;

/**
 * Other features' dialogs and panels the checklist page opens: editing the customer, pasting AWS credentials,
 * the timeline. The page itself talks to the checklist service alone.
 */
@Component
class ChecklistDialogs {

    private final CustomerService customers;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final CredentialsService credentials;
    private final AuditService audit;

    ChecklistDialogs(CustomerService customers, UserDirectory users, CurrentUser currentUser,
            CredentialsService credentials, AuditService audit) {
        this.customers = customers;
        this.users = users;
        this.currentUser = currentUser;
        this.credentials = credentials;
        this.audit = audit;
    }

    void editCustomer(long customerId, Runnable onSaved) {
        CustomerFormDialog.edit(customers, users, currentUser, customers.get(customerId), onSaved).open();
    }

    void credentials(long customerId, String accountId, Runnable onChange) {
        new CredentialsDialog(credentials, customerId, accountId, onChange).open();
    }

    /** Every AWS step is done: offers to drop the pasted credentials now rather than at logout. */
    void offerToForgetCredentials(long customerId, Runnable onForgotten) {
        var dialog = new ConfirmDialog("Forget the pasted credentials?", "Every AWS step of this customer is done:"
                + " the console needs your pasted credentials no longer. Later checks use the platform role.",
                "Forget credentials", e -> {
                    credentials.forget(customerId);
                    onForgotten.run();
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep for this session");
        dialog.open();
    }

    /** Whether this user's AWS calls for the customer use pasted credentials rather than the platform role. */
    boolean holdsPastedCredentials(long customerId) {
        return credentials.current(customerId).isPresent();
    }

    AuditTimeline timeline(long customerId) {
        var timeline = new AuditTimeline(audit, customerId, 30);
        timeline.setId("timeline");
        return timeline;
    }
}
