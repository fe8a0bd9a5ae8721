package com.onboarding.console.customers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.customers.TestCustomers;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class CustomersViewTest extends KaribuTest {

    @Autowired
    private CustomerService service;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private ApplicationContext context;

    private TestCustomers fixture;

    @BeforeEach
    void createFixture() {
        fixture = new TestCustomers(context);
    }

    @Test
    void staffSeeTheGridAndMayCreateCustomers() {
        for (var user : new String[] {"ops", "csm", "admin"}) {
            login(user);
            UI.getCurrent().navigate("customers");
            _get(Grid.class, spec -> spec.withId("customers-grid"));
            _get(Button.class, spec -> spec.withId("new-customer").withText("New customer"));
            _get(Anchor.class, spec -> spec.withId("export-customers"));
            if (!user.equals("csm")) {
                _assertNone(Checkbox.class, spec -> spec.withId("my-customers"));
            }
            logout();
        }
    }

    @Test
    void gridShowsProgressFailuresAndWaitingOn() {
        login("ops");
        // Phase 1 done, 2.1 and 2.2 confirmed, both AWS actions of phase 2 refused by AWS.
        var customer = fixture.work(fixture.create("Gridrow", null), 7, 2);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());

        var grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo(fixture.prefix() + " Gridrow");
        assertThat(GridKt._getFormatted(grid, 0, "csm")).isEmpty();
        assertThat(GridKt._getFormatted(grid, 0, "phase")).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid, 0, "waiting")).isEqualTo("Ops");
        // Relative, with the exact time in the title for a hover.
        assertThat(GridKt._getFormatted(grid, 0, "activity")).isEqualTo("just now");
        var activity = (LitRenderer<Customer>) grid.getColumnByKey("activity").getRenderer();
        assertThat(activity.getValueProviders().get("exact").apply(GridKt._get(grid, 0)))
                .isEqualTo(DisplayTime.format(customer.getLastActivityAt()));
        assertThat(GridKt._getFormatted(grid, 0, "account")).isEqualTo(customer.getAccountId());
        assertThat(grid.getColumnByKey("account").getWidth()).as("wide enough for 12 digits, not flexing")
                .isEqualTo(GridCells.ACCOUNT_ID_WIDTH);
        var progress = GridKt._getCellComponent(grid, 0, "progress");
        assertThat(_get(progress, Span.class).getText()).isEqualTo("43%");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "failed")).getText()).isEqualTo("2 failed");
    }

    @Test
    void filtersAndSortingReachTheQuery() {
        login("ops");
        // Progress 9 (phase 2), 7 with 2.3 failed (phase 2), 14 (phase 3), 5 (phase 2, archived).
        var customers = IntStream.range(0, 4).mapToObj(i -> fixture.work(fixture.create("Row" + i, null),
                new int[] {9, 7, 14, 5}[i], i == 1 ? 1 : 0)).toList();
        service.setArchived(customers.get(3).id(), true);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        var grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(3);

        GridKt._sortByKey(grid, "progress", SortDirection.DESCENDING);
        assertThat(names(grid)).containsExactly(customers.get(2).getName(), customers.get(0).getName(),
                customers.get(1).getName());
        GridKt._sortByKey(grid, "progress", SortDirection.ASCENDING);
        assertThat(names(grid)).containsExactly(customers.get(1).getName(), customers.get(0).getName(),
                customers.get(2).getName());

        @SuppressWarnings("unchecked")
        ComboBox<CustomerFilter.Status> status = _get(ComboBox.class, spec -> spec.withId("status-filter"));
        status.setValue(CustomerFilter.Status.HAS_FAILED_STEPS);
        assertThat(names(grid)).containsExactly(customers.get(1).getName());
        status.setValue(null);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> phase = _get(ComboBox.class, spec -> spec.withId("phase-filter"));
        phase.setValue(3);
        assertThat(names(grid)).containsExactly(customers.get(2).getName());
        phase.setValue(2);
        // Still sorted by progress, ascending.
        assertThat(names(grid)).containsExactly(customers.get(1).getName(), customers.get(0).getName());
        phase.setValue(null);
        _get(Checkbox.class, spec -> spec.withId("show-archived")).setValue(true);
        assertThat(names(grid)).containsExactly(customers.get(3).getName());
    }

    @Test
    void theFiltersLiveInTheAddressSoThatAListCanBeBookmarkedAndShared() {
        login("ops");
        var failed = fixture.work(fixture.create("Url0", null), 7, 1);
        var phaseThree = fixture.work(fixture.create("Url1", null), 14, 0);
        UI.getCurrent().navigate("customers", QueryParameters.fromString("q=" + fixture.prefix()
                + "&phase=2&status=HAS_FAILED_STEPS&csm=abc&archived=yes&sort=nonsense"));
        assertThat(_get(TextField.class, spec -> spec.withId("customer-search")).getValue())
                .isEqualTo(fixture.prefix());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> phase = _get(ComboBox.class, spec -> spec.withId("phase-filter"));
        assertThat(phase.getValue()).isEqualTo(2);
        assertThat(_get(ComboBox.class, spec -> spec.withId("status-filter")).getValue())
                .isEqualTo(CustomerFilter.Status.HAS_FAILED_STEPS);
        assertThat(_get(ComboBox.class, spec -> spec.withId("csm-filter")).getValue()).as("not a CSM's id").isNull();
        assertThat(_get(Checkbox.class, spec -> spec.withId("show-archived")).getValue()).isFalse();
        assertThat(names(grid())).containsExactly(failed.getName());

        _get(ComboBox.class, spec -> spec.withId("status-filter")).setValue(null);
        phase.setValue(3);
        assertThat(names(grid())).containsExactly(phaseThree.getName());
        assertThat(_get(CustomerFilterBar.class).url().query().getParameters())
                .isEqualTo(java.util.Map.of("q", java.util.List.of(fixture.prefix()), "phase", java.util.List.of("3")));

        UI.getCurrent().navigate("customers", QueryParameters.fromString("phase=9&status=drifting&q=%07bell"));
        assertThat(phase.getValue()).as("no such phase").isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("status-filter")).getValue()).isNull();
        assertThat(_get(TextField.class, spec -> spec.withId("customer-search")).getValue()).isEmpty();
    }

    @Test
    void csvExportHoldsTheFilteredSortedList() {
        login("ops");
        var low = fixture.work(fixture.create("Low", null), 1, 0);
        var high = fixture.work(fixture.create("High", null), 12, 0);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        GridKt._sortByKey(grid(), "progress", SortDirection.DESCENDING);

        var csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-customers"))),
                StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        // Account ids as text cells, so that a spreadsheet keeps all 12 digits.
        assertThat(lines.get(1)).startsWith(high.getName() + ",\"=\"\"" + high.getAccountId() + "\"\"\",,3,75,0,Ops,");
        assertThat(lines.get(2)).startsWith(low.getName() + ",\"=\"\"" + low.getAccountId() + "\"\"\",,1,6,0,Customer,");
    }

    @Test
    void myCustomersShowsOnlyTheCsmsOwn() {
        login("csm");
        var mine = fixture.create("Mine", currentUser.require().userId());
        fixture.create("Unassigned", null);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        var grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _get(Checkbox.class, spec -> spec.withId("my-customers")).setValue(true);
        assertThat(names(grid)).containsExactly(mine.getName());
        assertThat(GridKt._getFormatted(grid, 0, "csm")).isEqualTo("Carlos CSM");

        _get(Checkbox.class, spec -> spec.withId("my-customers")).setValue(false);
        assertThat(GridKt._size(grid)).isEqualTo(2);
    }

    @Test
    void onAPhoneTheRowsAreCardsAndTheFiltersFoldIntoAPanelThatCountsThem() {
        login("ops");
        var customer = fixture.work(fixture.create("Pocket", null), 7, 2);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        var grid = grid();

        resizeWindow(390, 844);
        assertThat(visibleColumns(grid)).containsExactly("card");
        assertThat(GridKt._getFormatted(grid, 0, "card")).contains(customer.getName(), customer.getAccountId(), "43%",
                "Waiting on: Ops");
        var panel = _get(Details.class, spec -> spec.withClasses("folded-filters"));
        assertThat(panel.getSummaryText()).isEqualTo("Filters (1)");
        assertThat(panel.isOpened()).as("folded until asked for").isFalse();
        assertThat(ancestors(_get(TextField.class, spec -> spec.withId("customer-search"))))
                .as("the search is in the panel").contains(panel);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> phase = _get(ComboBox.class, spec -> spec.withId("phase-filter"));
        phase.setValue(2);
        assertThat(panel.getSummaryText()).isEqualTo("Filters (2)");

        resizeWindow(1400, 900);
        assertThat(visibleColumns(grid)).contains("name", "account", "progress", "waiting").doesNotContain("card");
        _assertNone(Details.class, spec -> spec.withClasses("folded-filters"));
        assertThat(phase.getValue()).as("what was chosen stays").isEqualTo(2);
    }

    static java.util.List<Component> ancestors(Component component) {
        return java.util.stream.Stream.iterate(component.getParent(), java.util.Optional::isPresent,
                parent -> parent.orElseThrow().getParent()).map(java.util.Optional::orElseThrow).toList();
    }

    static java.util.List<String> visibleColumns(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    /** Karibu's _setValue does not work with this Vaadin version; a server-side change fires the same listeners. */
    static void search(String text) {
        _get(TextField.class, spec -> spec.withId("customer-search")).setValue(text);
    }

    @SuppressWarnings("unchecked")
    static Grid<Customer> grid() {
        return _get(Grid.class, spec -> spec.withId("customers-grid"));
    }

    static java.util.List<String> names(Grid<Customer> grid) {
        return GridKt._findAll(grid).stream().map(Customer::getName).toList();
    }
}
