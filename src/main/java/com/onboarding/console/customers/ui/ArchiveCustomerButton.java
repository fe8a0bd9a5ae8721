package com.onboarding.console.customers.ui;

import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * The edit form's "Archive" button, "Restore" for an archived customer. Archiving asks first; restoring does not,
 * since it only brings the customer back.
 */
final class ArchiveCustomerButton extends Button {

    private final CustomerService customers;
    private final Supplier<Customer> edited;
    private final Runnable onDone;

    /** {@code edited} is the customer as the form shows it now; {@code onDone} runs after an archive or restore. */
    ArchiveCustomerButton(CustomerService customers, Supplier<Customer> edited, Runnable onDone) {
        super(edited.get().isArchived() ? "Restore" : "Archive");
        this.customers = customers;
        this.edited = edited;
        this.onDone = onDone;
        setId("archive-customer");
        if (!edited.get().isArchived()) {
            addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        addClickListener(e -> archiveOrRestore());
    }

    private void archiveOrRestore() {
        var customer = edited.get();
        if (customer.isArchived()) {
            setArchived(customer, false);
            return;
        }
        var confirm = new ConfirmDialog("Archive " + customer.getName() + "?",
                "The customer leaves the customers list and stays in the archive with its checklist and audit"
                        + " trail. You can restore it later.",
                "Archive", e -> setArchived(customer, true));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void setArchived(Customer customer, boolean archived) {
        customers.setArchived(customer.id(), archived);
        Notification.show((archived ? "Archived " : "Restored ") + customer.getName())
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onDone.run();
    }
}
