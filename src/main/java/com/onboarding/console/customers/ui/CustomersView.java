package com.onboarding.console.customers.ui;

import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.CsvDownload;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.base.ui.PhoneLayout;
import com.onboarding.console.base.ui.ViewHeader;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every customer being onboarded with their checklist's standing. The grid pages through the database, so
 * the list stays quick with thousands of customers; it refreshes itself when any customer changes.
 */
@Route("customers")
@PageTitle("Customers | AWS Onboarding Console")
@Menu(order = 1, icon = "vaadin:users", title = "Customers")
@RolesAllowed({Role.Names.OPS, Role.Names.CSM, Role.Names.ADMIN})
public class CustomersView extends VerticalLayout implements BeforeEnterObserver {

    private record Order(CustomerSort sort, boolean ascending) {
    }

    /** What the grid and the CSV export show; replaced as a whole so a download never sees half a change. */
    private record Listing(CustomerFilter filter, Order order) {
    }

    private final CustomerService customers;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final CustomerChanges changes;
    private final Clock clock;
    private final Map<Long, String> userNames = new HashMap<>();

    private final Grid<Customer> grid = new Grid<>(Customer.class, false);

    private final CustomerFilterBar filters;
    private final PhoneLayout.FoldedFilters filterPlace;
    private volatile Listing listing = new Listing(CustomerFilter.ACTIVE, new Order(CustomerSort.NAME, true));
    private CustomerChanges.@Nullable Subscription subscription;

    CustomersView(CustomerService customers, UserDirectory users, CurrentUser currentUser, CustomerChanges changes,
            Clock clock) {
        this.customers = customers;
        this.users = users;
        this.currentUser = currentUser;
        this.changes = changes;
        this.clock = clock;
        setSizeFull();

        var newCustomer = new Button("New customer", VaadinIcon.PLUS.create(), e -> CustomerFormDialog
                .create(customers, users, currentUser, () -> grid.getDataProvider().refreshAll()).open());
        newCustomer.setId("new-customer");
        newCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCustomer.setVisible(currentUser.require().isStaff());
        Anchor export = CsvDownload.link("Export CSV", () -> exportFileName(listing.filter(), clock), out -> {
            var shown = listing;
            customers.exportCsv(shown.filter(), shown.order().sort(), shown.order().ascending(), out);
        });
        export.setId("export-customers");
        var header = new ViewHeader("Customers", export, newCustomer);

        var csms = users.activeWithRole(Role.CSM);
        csms.forEach(p -> userNames.put(p.id(), p.displayName()));
        var user = currentUser.require();
        filters = new CustomerFilterBar(customers.phases(), csms, user.role() == Role.CSM, user.userId(),
                this::applyFilter);
        var phone = new PhoneLayout(this);
        filterPlace = phone.foldFilters(filters, () -> filters.url().query().getParameters().size());
        add(header, filterPlace, createGrid());
        phone.cards(grid, CustomerCells.card(), "Customers");
        expand(grid);
    }

    private Grid<Customer> createGrid() {
        grid.setId("customers-grid");
        grid.addColumn(Customer::getName).setHeader("Name").setKey("name")
                .setSortProperty(CustomerSort.NAME.name()).setFlexGrow(2);
        GridCells.addAccountIdColumn(grid, Customer::getAccountId).setHeader("Account id").setKey("account")
                .setSortProperty(CustomerSort.ACCOUNT_ID.name());
        grid.addColumn(this::csmName).setHeader("CSM").setKey("csm").setFlexGrow(1);
        grid.addColumn(Customer::getCurrentPhase).setHeader("Phase").setKey("phase")
                .setSortProperty(CustomerSort.PHASE.name()).setFlexGrow(0).setWidth("6em");
        grid.addComponentColumn(CustomerCells::progress).setHeader("Progress").setKey("progress")
                .setSortProperty(CustomerSort.PROGRESS.name()).setFlexGrow(0).setWidth("10em");
        grid.addComponentColumn(CustomerCells::failures).setHeader("Failed").setKey("failed")
                .setFlexGrow(0).setWidth("8em");
        grid.addColumn(c -> c.getWaitingOn().label()).setHeader("Waiting on").setKey("waiting")
                .setFlexGrow(0).setWidth("8em");
        grid.addColumn(GridCells.relativeTime(Customer::getLastActivityAt, clock)).setHeader("Last activity")
                .setKey("activity").setSortProperty(CustomerSort.LAST_ACTIVITY.name()).setFlexGrow(0)
                .setWidth("9em");
        grid.addComponentColumn(this::editButton).setKey("edit").setFlexGrow(0).setWidth("5em");

        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        grid.addSortListener(e -> applyFilter());
        grid.setItems(query -> {
            var order = orderOf(query.getSortOrders());
            return customers.list(listing.filter(), order.sort(), order.ascending(), query.getOffset(),
                    query.getLimit()).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, customers.count(listing.filter())));
        grid.addItemClickListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(CustomerRoutes.checklist(e.getItem().id()))));
        grid.setEmptyStateText("No customers match the filters.");
        return grid;
    }

    /** Opens with the filters the address names, e.g. a bookmarked or shared list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        list();
    }

    /** Shows the list the filters ask for now, and keeps them in the address. */
    private void applyFilter() {
        list();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ui.getActiveViewLocation().getPath(), filters.url().query())));
    }

    private void list() {
        var order = orderOf(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
        listing = new Listing(filters.filter(), order);
        grid.getDataProvider().refreshAll();
        filterPlace.update();
    }

    /** The grid's sort order as the service understands it; by name when the grid is not sorted. */
    private static Order orderOf(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(o -> new Order(CustomerSort.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING))
                .orElse(new Order(CustomerSort.NAME, true));
    }

    private String csmName(Customer customer) {
        var id = customer.getCsmUserId();
        if (id == null) {
            return "";
        }
        // A CSM who left is no longer in the active list but still named on their customers.
        return userNames.computeIfAbsent(id, key -> users.find(key).map(UserDirectory.Person::displayName).orElse(""));
    }

    /** Such as customers-phase-2-drift-2026-12-03.csv; runs in the download request, away from the components. */
    private String exportFileName(CustomerFilter filter, Clock clock) {
        var csmId = filter.csmUserId();
        return CsvDownload.fileName("customers", clock, filter.text(),
                filter.phase() == null ? null : "phase " + filter.phase(),
                filter.status() == null ? null : filter.status().label(),
                csmId == null ? null : users.find(csmId).map(p -> "csm " + p.displayName()).orElse(null),
                filter.archived() ? "archived" : null);
    }

    private Component editButton(Customer customer) {
        // Loads the customer afresh: the row may be older than the last change.
        var edit = new Button(VaadinIcon.EDIT.create(), e -> CustomerFormDialog.edit(customers, users, currentUser,
                customers.get(customer.id()), () -> grid.getDataProvider().refreshAll()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit " + customer.getName());
        edit.setTooltipText("Edit customer");
        // Without this the click would also reach the row and open the checklist.
        edit.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return edit;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var ui = attachEvent.getUI();
        subscription = changes.subscribe(customerId -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        super.onDetach(detachEvent);
    }
}
