package com.onboarding.console.customers.ui;

import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.CountryBox;
import com.onboarding.console.base.ui.RecordForm;
import com.onboarding.console.base.ui.TextLimit;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerField;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.StaleCustomerException;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a customer as a {@link CustomerDraft}. The service checks everything; its messages appear next
 * to the field they name. An edit is saved only onto the version the form was opened with, so two editors cannot
 * overwrite each other unnoticed.
 */
public final class CustomerFormDialog extends Dialog {

    /** Account ids may be pasted with spaces or dashes, e.g. "1234 5678 9012". */
    private static final int ACCOUNT_INPUT_MAX = 40;

    private final CustomerService customers;
    private final UserDirectory users;
    private final Runnable onSaved;
    private @Nullable Customer edited;

    private final TextField name = new TextField("Name");
    private final TextField accountId = new TextField("Management account id");
    private static final String NO_CSM = "Without a CSM, nobody is told when the customer completes phase 1"
            + " (step 1.5).";

    private final ComboBox<UserDirectory.Person> csm = new ComboBox<>("CSM");
    private final CountryBox billingCountry = new CountryBox("Billing country");
    private final TextField rootEmail = new TextField("Root email");
    private final TextField externalId = new TextField("ExternalId");
    private final TextField payerAccountId = new TextField("Payer account id");
    private final TextArea notes = new TextArea("Notes");
    private final Checkbox reminders = new Checkbox("E-mail reminders to the customer when phase 1 stalls");
    private final RecordForm<CustomerDraft> form = new RecordForm<>(CustomerDraft.class);
    private final List<UserDirectory.Person> csmChoices = new ArrayList<>();
    private String lastSuggestedEmail = "";

    private CustomerFormDialog(CustomerService customers, UserDirectory users, CurrentUser currentUser,
            @Nullable Customer edited, Runnable onSaved) {
        this.customers = customers;
        this.users = users;
        this.onSaved = onSaved;
        this.edited = edited;
        setHeaderTitle(edited == null ? "New customer" : "Edit customer");
        setWidth("min(48rem, 95vw)");
        addClassName("customer-form");

        configureFields(currentUser, edited != null);
        bindFields();
        var layout = new FormLayout(name, accountId, csm, billingCountry, rootEmail, externalId, payerAccountId,
                notes);
        layout.setColspan(notes, 2);
        layout.setColspan(rootEmail, 2);
        add(layout);

        var save = new Button(edited == null ? "Create" : "Save", e -> save());
        save.setId("save-customer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-customer");
        if (edited != null) {
            getFooter().add(new ArchiveCustomerButton(customers, () -> Objects.requireNonNull(this.edited), () -> {
                close();
                onSaved.run();
            }));
            reminders.setId("customer-reminders");
            reminders.setValue(!edited.isRemindersOff());
            layout.add(reminders, 2);
            fill(edited);
        }
        getFooter().add(cancel, save);
    }

    /** A form for a new customer; call {@code open()} to show it. {@code onSaved} runs after it is created. */
    public static CustomerFormDialog create(CustomerService customers, UserDirectory users, CurrentUser currentUser,
            Runnable onSaved) {
        return new CustomerFormDialog(customers, users, currentUser, null, onSaved);
    }

    /**
     * A form editing {@code customer} as loaded; call {@code open()} to show it. {@code onSaved} runs after a
     * save, archive or restore.
     */
    public static CustomerFormDialog edit(CustomerService customers, UserDirectory users, CurrentUser currentUser,
            Customer customer, Runnable onSaved) {
        return new CustomerFormDialog(customers, users, currentUser, customer, onSaved);
    }

    private void configureFields(CurrentUser currentUser, boolean editing) {
        name.setId("customer-name");
        name.setRequiredIndicatorVisible(true);
        accountId.setId("customer-account-id");
        accountId.setMaxLength(ACCOUNT_INPUT_MAX);
        accountId.setRequiredIndicatorVisible(true);
        accountId.setHelperText("12 digits; spaces and dashes are ignored");
        for (var field : List.of(name, accountId)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> suggestRootEmail());
        }

        csm.setId("customer-csm");
        csmChoices.addAll(users.activeWithRole(Role.CSM));
        csm.setItems(csmChoices);
        csm.setItemLabelGenerator(UserDirectory.Person::displayName);
        csm.setClearButtonVisible(true);
        // Step 1.5 tells the customer's CSM that phase 1 is done: without one, nobody hears of it.
        csm.addValueChangeListener(e -> csm.setHelperText(e.getValue() == null ? NO_CSM : null));
        csm.setHelperText(NO_CSM);

        billingCountry.setId("customer-country");
        billingCountry.setRequiredIndicatorVisible(true);

        rootEmail.setId("customer-root-email");
        rootEmail.setMaxLength(EmailAddress.MAX_LENGTH);
        rootEmail.setHelperText("Suggested from the name and account id; you may change it");

        externalId.setId("customer-external-id");
        externalId.setReadOnly(true);
        externalId.setHelperText("Goes into the platform role's trust policy");
        // The ExternalId guards the role OPS create; other people have no use for it.
        externalId.setVisible(editing && currentUser.require().operatesAws());

        payerAccountId.setId("customer-payer-account-id");
        payerAccountId.setMaxLength(ACCOUNT_INPUT_MAX);
        payerAccountId.setHelperText("Optional");

        notes.setId("customer-notes");
        notes.setMaxLength(Customer.NOTES_MAX);
        notes.setMinHeight("6em");
    }

    private void bindFields() {
        form.bind(CustomerField.NAME, name, "name");
        TextLimit.count(name, CustomerField.NAME, Customer.NAME_MAX);
        form.bind(CustomerField.ACCOUNT_ID, accountId, "accountId");
        form.bind(CustomerField.CSM, csm, "csmUserId", Converter.<UserDirectory.@Nullable Person, @Nullable Long>from(
                person -> Result.ok(person == null ? null : person.id()), this::csmChoice));
        form.bind(CustomerField.BILLING_COUNTRY, billingCountry, "billingCountry");
        form.bind(CustomerField.ROOT_EMAIL, rootEmail, "rootEmail");
        form.bind(CustomerField.PAYER_ACCOUNT_ID, payerAccountId, "payerAccountId");
        form.bind(CustomerField.NOTES, notes, "notes");
    }

    private UserDirectory.@Nullable Person csmChoice(@Nullable Long userId) {
        return csmChoices.stream().filter(person -> Objects.equals(person.id(), userId)).findFirst().orElse(null);
    }

    /** Follows the name and account id until someone types their own address. */
    private void suggestRootEmail() {
        var current = rootEmail.getValue();
        var suggestion = customers.suggestedRootEmail(name.getValue(), accountId.getValue());
        if (current.isBlank() || current.equals(lastSuggestedEmail)) {
            rootEmail.setValue(suggestion);
        }
        lastSuggestedEmail = suggestion;
    }

    private void fill(Customer customer) {
        var csmId = customer.getCsmUserId();
        // A CSM who has left still shows, so that saving does not silently unassign them.
        if (csmId != null && csmChoice(csmId) == null) {
            users.find(csmId).ifPresent(csmChoices::add);
            csm.setItems(csmChoices);
        }
        form.read(CustomerDraft.of(customer));
        lastSuggestedEmail = customers.suggestedRootEmail(customer.getName(), customer.getAccountId());
        externalId.setValue(customer.getExternalId());
    }

    private void save() {
        form.clearErrors();
        var customer = edited;
        var draft = form.draft();
        try {
            var saved = customer == null ? customers.create(draft)
                    : customers.update(customer.id(), customer.getVersion(), draft);
            if (customer != null) {
                customers.setReminders(customer.id(), reminders.getValue());
            }
            Notification.show((customer == null ? "Created " : "Saved ") + saved.getName())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            form.show(e);
        } catch (StaleCustomerException e) {
            showError(e.getMessage());
            reload(Objects.requireNonNull(customer));
        }
    }

    private void reload(Customer customer) {
        var current = customers.get(customer.id());
        edited = current;
        fill(current);
    }

    private static void showError(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
