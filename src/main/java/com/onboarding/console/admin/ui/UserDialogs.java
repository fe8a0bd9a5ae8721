package com.onboarding.console.admin.ui;

import com.onboarding.console.admin.ui.UsersView.CustomerChoice;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.RecordForm;
import com.onboarding.console.base.ui.TextLimit;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.RepeatedPassword;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import com.onboarding.console.security.service.UserField;
import com.onboarding.console.security.service.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's dialogs for a user: a new user, a role with its customer, a new password. Each keeps what was
 * typed when the service refuses it, with the message at the field it names.
 */
final class UserDialogs {

    /** The role dialog's draft: a role and, for the Customer role only, the customer. */
    public record RoleDraft(@Nullable Role role, @Nullable Long customerId) {
    }

    private static final String PASSWORD_HINT = "At least 12 characters, not the username";

    private final UserAdminService users;
    private final CustomerService customers;
    private final Map<Long, String> customerNames;
    private final Runnable onSaved;

    /** @param customerNames the names of the customers users are bound to, as the users grid shows them */
    UserDialogs(UserAdminService users, CustomerService customers, Map<Long, String> customerNames,
            Runnable onSaved) {
        this.users = users;
        this.customers = customers;
        this.customerNames = customerNames;
        this.onSaved = onSaved;
    }

    void openCreate() {
        var dialog = new FormDialog("New user");
        var form = new RecordForm<>(UserDraft.class, dialog::showProblem);
        var username = form.bind(UserField.USERNAME, new TextField("Username"), "username");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText("Letters a-z, digits and . _ @ -");
        var name = form.bind(UserField.DISPLAY_NAME, new TextField("Display name"), "displayName");
        TextLimit.count(name, UserField.DISPLAY_NAME, AppUser.DISPLAY_NAME_MAX);
        var email = form.bind(UserField.EMAIL, new EmailField("Email"), "email");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        var role = form.bind(UserField.ROLE, roleSelect(), "role");
        var customer = form.bind(UserField.CUSTOMER, customerBox(role), "customerId", customerId(role));
        var password = form.at(UserField.PASSWORD, new PasswordField("Password"));
        password.setHelperText(PASSWORD_HINT);
        var repeat = form.at(UserField.REPEAT_PASSWORD, new PasswordField("Repeat password"));
        form.read(new UserDraft(null, null, null, null, null));
        dialog.open(new FormLayout(username, name, email, role, customer, password, repeat), form, () -> {
            var chosen = new RepeatedPassword(password.getValue(), repeat.getValue()).confirmed();
            users.create(form.draft(), chosen);
        }, "User created.");
    }

    void openRole(UserSummary user) {
        var dialog = new FormDialog("Role of " + user.username());
        var form = new RecordForm<>(RoleDraft.class, dialog::showProblem);
        var role = form.bind(UserField.ROLE, roleSelect(), "role");
        var customer = form.bind(UserField.CUSTOMER, customerBox(role), "customerId", customerId(role));
        form.read(new RoleDraft(user.role(), user.customerId()));
        dialog.open(new FormLayout(role, customer), form, () -> {
            var draft = form.draft();
            users.changeRole(user.id(), draft.role(), draft.customerId());
        }, "The role of " + user.username() + " is changed.");
    }

    void openPassword(UserSummary user) {
        var dialog = new FormDialog("New password for " + user.username());
        var form = new RecordForm<>(RepeatedPassword.class, dialog::showProblem);
        var password = form.bind(UserField.NEW_PASSWORD, new PasswordField("New password"), "password");
        password.setHelperText(PASSWORD_HINT);
        var repeat = form.bind(UserField.REPEAT_PASSWORD, new PasswordField("Repeat new password"), "repeat");
        dialog.open(new FormLayout(password, repeat), form,
                () -> users.resetPassword(user.id(), form.draft().confirmed()),
                user.username() + " has a new password.");
    }

    private static Select<Role> roleSelect() {
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        return role;
    }

    /** The customer a Customer user works for; asked for the Customer role only. */
    private ComboBox<CustomerChoice> customerBox(Select<Role> role) {
        var customer = new ComboBox<CustomerChoice>("Customer");
        customer.setItems(
                query -> customers.list(choicesMatching(query.getFilter()), CustomerSort.NAME, true,
                        query.getOffset(), query.getLimit()).stream().map(CustomerChoice::of),
                query -> (int) customers.count(choicesMatching(query.getFilter())));
        customer.setItemLabelGenerator(CustomerChoice::name);
        customer.setPlaceholder("Type a name or account id");
        customer.setHelperText("The customer this person works for");
        customer.setVisible(false);
        role.addValueChangeListener(e -> customer.setVisible(e.getValue() == Role.CUSTOMER));
        return customer;
    }

    /** The chosen customer's id, kept for the Customer role only. */
    private Converter<@Nullable CustomerChoice, @Nullable Long> customerId(Select<Role> role) {
        return Converter.from(
                choice -> Result.ok(role.getValue() == Role.CUSTOMER && choice != null ? choice.id() : null),
                id -> id == null ? null : new CustomerChoice(id, customerNames.getOrDefault(id, "Customer " + id)));
    }

    /** Active customers whose name or account id contains what was typed, a page at a time, by name. */
    private static CustomerFilter choicesMatching(Optional<String> typed) {
        return new CustomerFilter(typed.filter(text -> !text.isBlank()).orElse(null), null, null, null, false);
    }

    /** A dialog whose save runs the change and closes; a refused change keeps it open with the reason. */
    private final class FormDialog extends Dialog {

        private final Paragraph problem = new Paragraph();

        FormDialog(String title) {
            super(title);
            setWidth("36rem");
            problem.setId("dialog-problem");
            problem.addClassNames(LumoUtility.TextColor.ERROR);
            problem.setVisible(false);
        }

        void showProblem(String message) {
            problem.setText(message);
            problem.setVisible(true);
        }

        void open(FormLayout layout, RecordForm<?> form, Runnable save, String done) {
            add(layout, problem);
            var saveButton = new Button("Save", e -> {
                form.clearErrors();
                problem.setVisible(false);
                try {
                    save.run();
                } catch (InvalidInputException refused) {
                    form.show(refused);
                    return;
                }
                close();
                Notification.show(done);
                onSaved.run();
            });
            saveButton.setId("dialog-save");
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", e -> close()), saveButton);
            open();
        }
    }
}
