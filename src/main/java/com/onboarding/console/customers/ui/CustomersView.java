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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
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
public class CustomersView extends VerticalLayout {

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
    private final TextField text = new TextField();
    private final ComboBox<UserDirectory.Person> csm = new ComboBox<>("CSM");
    private final ComboBox<Integer> phase = new ComboBox<>("Phase");
    private final ComboBox<CustomerFilter.Status> status = new ComboBox<>("Status");
    private final Checkbox archived = new Checkbox("Show archived");
    private final Checkbox mine = new Checkbox("My customers");

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

        var phone = new PhoneLayout(this);
        filterPlace = phone.foldFilters(createFilters(), this::activeFilters);
        add(header, filterPlace, createGrid());
        phone.cards(grid, CustomerCells.card(), "Customers");
        expand(grid);
    }

    private Component createFilters() {
        text.setLabel("Search");
        text.setPlaceholder("Name or account id");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(Customer.NAME_MAX);
        text.setId("customer-search");

        var csms = users.activeWithRole(Role.CSM);
        csms.forEach(p -> userNames.put(p.id(), p.displayName()));
        csm.setItems(csms);
        csm.setItemLabelGenerator(UserDirectory.Person::displayName);
        csm.setClearButtonVisible(true);
        csm.setId("csm-filter");

        phase.setItems(customers.phases());
        phase.setItemLabelGenerator(p -> "Phase " + p);
        phase.setClearButtonVisible(true);
        phase.setId("phase-filter");

        status.setItems(CustomerFilter.Status.values());
        status.setItemLabelGenerator(CustomerFilter.Status::label);
        status.setClearButtonVisible(true);
        status.setId("status-filter");

        archived.setId("show-archived");
        mine.setId("my-customers");
        // Only a CSM has customers of their own.
        mine.setVisible(currentUser.require().role() == Role.CSM);
        mine.addValueChangeListener(e -> csm.setEnabled(!e.getValue()));

        text.addValueChangeListener(e -> applyFilter());
        csm.addValueChangeListener(e -> applyFilter());
        phase.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        archived.addValueChangeListener(e -> applyFilter());
        mine.addValueChangeListener(e -> applyFilter());

        var filters = new HorizontalLayout(text, csm, phase, status, archived, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
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

    private void applyFilter() {
        var csmUserId = mine.getValue() ? Long.valueOf(currentUser.require().userId())
                : csm.getValue() == null ? null : csm.getValue().id();
        var filter = new CustomerFilter(text.getValue(), csmUserId, phase.getValue(), status.getValue(),
                archived.getValue());
        var order = orderOf(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
        listing = new Listing(filter, order);
        grid.getDataProvider().refreshAll();
        filterPlace.update();
    }

    private int activeFilters() {
        var shown = listing.filter();
        var text = shown.text();
        int active = text == null || text.isBlank() ? 0 : 1;
        active += shown.csmUserId() == null ? 0 : 1;
        active += shown.phase() == null ? 0 : 1;
        active += shown.status() == null ? 0 : 1;
        return active + (shown.archived() ? 1 : 0);
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
