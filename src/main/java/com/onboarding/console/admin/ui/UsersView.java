package com.onboarding.console.admin.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import com.onboarding.console.security.service.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Administrators create users, set their role and customer, enable, disable, unlock and reset passwords. */
@Route("admin/users")
@PageTitle("Users | AWS Onboarding Console")
@Menu(order = 7, icon = "vaadin:key", title = "Users")
@RolesAllowed(Role.Names.ADMIN)
public class UsersView extends VerticalLayout {

    /** A customer a CUSTOMER user can be bound to. */
    record CustomerChoice(long id, String name) {

        static CustomerChoice of(Customer customer) {
            return new CustomerChoice(customer.id(), customer.getName());
        }
    }

    private final UserAdminService users;
    private final CustomerService customers;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final Map<Long, String> customerNames = new HashMap<>();

    UsersView(UserAdminService users, CustomerService customers) {
        this.users = users;
        this.customers = customers;
        setSizeFull();

        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Users"), create);
        header.setAlignItems(Alignment.BASELINE);

        grid.setId("users");
        grid.addColumn(UserSummary::username).setHeader("Username").setFlexGrow(1).setSortable(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setFlexGrow(2).setSortable(true);
        grid.addColumn(GridCells.wrapping(u -> u.email())).setHeader("Email").setFlexGrow(2);
        grid.addColumn(u -> u.role().label()).setHeader("Role").setWidth("9em").setFlexGrow(0).setSortable(true);
        grid.addColumn(GridCells.wrapping(this::customerName)).setHeader("Customer").setFlexGrow(1);
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status").setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(u -> DisplayTime.format(u.lockedUntil())).setHeader("Locked until").setWidth("11em")
                .setFlexGrow(0);
        // A menu per row keeps the actions on screen however many there are; frozen so it never scrolls away.
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setWidth("6em")
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setSizeFull();

        add(header, grid);
        refresh();
    }

    private void refresh() {
        var summaries = users.list();
        customerNames.clear();
        customerNames.putAll(customers.names(summaries.stream().map(UserSummary::customerId)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
        grid.setItems(summaries);
    }

    /** Active customers whose name or account id contains what was typed, a page at a time, by name. */
    private static CustomerFilter choicesMatching(Optional<String> typed) {
        return new CustomerFilter(typed.filter(text -> !text.isBlank()).orElse(null), null, null, null, false);
    }

    private String customerName(UserSummary user) {
        var id = user.customerId();
        return id == null ? "" : customerNames.getOrDefault(id, "Customer " + id);
    }

    private Component actions(UserSummary user) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.setId("actions-" + user.username());
        var open = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        open.setAriaLabel("Actions for " + user.username());
        var items = open.getSubMenu();
        items.addItem(user.enabled() ? "Disable" : "Enable", e -> run(() -> users.setEnabled(user.id(),
                !user.enabled()), user.username() + (user.enabled() ? " is disabled." : " is enabled.")));
        items.addItem("Change role", e -> openRoleDialog(user));
        items.addItem("Set password", e -> openPasswordDialog(user));
        if (user.lockedUntil() != null) {
            items.addItem("Unlock", e -> run(() -> users.unlock(user.id()), user.username()
                    + " can log in again."));
        }
        return menu;
    }

    /** Runs a change from the grid; a refused change shows why, and the grid shows the current state. */
    private void run(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private void openCreateDialog() {
        var username = new TextField("Username");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText("Letters a-z, digits and . _ @ -");
        var name = new TextField("Display name");
        name.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        var email = new EmailField("Email");
        email.setMaxLength(AppUser.EMAIL_MAX);
        var binding = new RoleFields(null, null);
        var password = new PasswordField("Password");
        password.setHelperText("At least 12 characters, not the username");
        var repeat = new PasswordField("Repeat password");
        var form = new FormLayout(username, name, email, binding.role, binding.customer, password, repeat);
        openDialog("New user", form, () -> {
            samePassword(password, repeat);
            users.create(new UserDraft(username.getValue(), name.getValue(), email.getValue(), binding.role.getValue(),
                    binding.customerId()), password.getValue());
        }, "User created.");
    }

    private void openRoleDialog(UserSummary user) {
        var binding = new RoleFields(user.role(), user.customerId());
        openDialog("Role of " + user.username(), new FormLayout(binding.role, binding.customer),
                () -> users.changeRole(user.id(), binding.role.getValue(), binding.customerId()),
                "The role of " + user.username() + " is changed.");
    }

    private void openPasswordDialog(UserSummary user) {
        var password = new PasswordField("New password");
        password.setHelperText("At least 12 characters, not the username");
        var repeat = new PasswordField("Repeat new password");
        openDialog("New password for " + user.username(), new FormLayout(password, repeat), () -> {
            samePassword(password, repeat);
            users.resetPassword(user.id(), password.getValue());
        }, user.username() + " has a new password.");
    }

    private static void samePassword(PasswordField password, PasswordField repeat) {
        if (!password.getValue().equals(repeat.getValue())) {
            throw new InvalidInputException(repeat.getLabel(), "The two passwords differ: type the same one twice.");
        }
    }

    /** A dialog whose save runs the change and closes; a refused change keeps it open with the reason. */
    private void openDialog(String title, FormLayout form, Runnable save, String done) {
        var dialog = new Dialog(title);
        dialog.setWidth("36rem");
        var problem = new Paragraph();
        problem.setId("dialog-problem");
        problem.addClassNames(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);
        dialog.add(form, problem);
        var saveButton = new Button("Save", e -> {
            try {
                save.run();
            } catch (InvalidInputException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
                return;
            }
            dialog.close();
            Notification.show(done);
            refresh();
        });
        saveButton.setId("dialog-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), saveButton);
        dialog.open();
    }

    /** Role and customer together: the customer is asked for the Customer role only. */
    private final class RoleFields {

        final Select<Role> role = new Select<>();
        final ComboBox<CustomerChoice> customer = new ComboBox<>("Customer");

        RoleFields(@Nullable Role current, @Nullable Long customerId) {
            role.setLabel("Role");
            role.setItems(Role.values());
            role.setItemLabelGenerator(Role::label);
            customer.setItems(
                    query -> customers.list(choicesMatching(query.getFilter()), CustomerSort.NAME, true,
                            query.getOffset(), query.getLimit()).stream().map(CustomerChoice::of),
                    query -> (int) customers.count(choicesMatching(query.getFilter())));
            customer.setItemLabelGenerator(CustomerChoice::name);
            customer.setPlaceholder("Type a name or account id");
            customer.setHelperText("The customer this person works for");
            role.addValueChangeListener(e -> customer.setVisible(e.getValue() == Role.CUSTOMER));
            role.setValue(current);
            customer.setVisible(current == Role.CUSTOMER);
            if (customerId != null) {
                customer.setValue(new CustomerChoice(customerId, customerNames.getOrDefault(customerId,
                        "Customer " + customerId)));
            }
        }

        @Nullable Long customerId() {
            var choice = customer.getValue();
            return role.getValue() == Role.CUSTOMER && choice != null ? choice.id() : null;
        }
    }
}
