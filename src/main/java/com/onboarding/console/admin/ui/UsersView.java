package com.onboarding.console.admin.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
    private final UserDialogs dialogs;

    UsersView(UserAdminService users, CustomerService customers) {
        this.users = users;
        this.customers = customers;
        this.dialogs = new UserDialogs(users, customers, customerNames, this::refresh);
        setSizeFull();

        var create = new Button("New user", VaadinIcon.PLUS.create(), e -> dialogs.openCreate());
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
        items.addItem("Change role", e -> dialogs.openRole(user));
        items.addItem("Set password", e -> dialogs.openPassword(user));
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
}
