package com.onboarding.console.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.TestCustomers;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AuditViewTest extends KaribuTest {

    @Autowired
    private CustomerService customers;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private AuditService audit;

    private TestCustomers fixture;
    private Customer customer;

    @BeforeEach
    void createHistory() {
        fixture = new TestCustomers(context);
        login("ops");
        customer = fixture.create("Audited", null);
        customers.setArchived(customer.id(), true);
        audit.recordAlone(new AuditService.Event("csm", AuditAction.STEP_TRANSITION, customer.id(),
                customer.getName(), "2.3", "TODO", "DONE", "Role created", "10.0.0.7", null));
        logout();
    }

    @Test
    void onAPhoneEntriesAreCardsAndTheFiltersFold() {
        login("ops");
        UI.getCurrent().navigate("audit");
        var grid = grid();
        text("audit-customer").setValue(fixture.prefix());
        text("audit-user").setValue("csm");

        resizeWindow(390, 844);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("card");
        assertThat(GridKt._getFormatted(grid, 0, "card")).contains("csm", "STEP_TRANSITION 2.3",
                customer.getName() + " (#" + customer.id() + ")", "Role created");
        var panel = _get(Details.class, spec -> spec.withClasses("folded-filters"));
        assertThat(panel.getSummaryText()).isEqualTo("Filters (2)");
        assertThat(panel.isOpened()).isFalse();
    }

    @Test
    void filtersNarrowTheTrail() {
        login("ops");
        UI.getCurrent().navigate("audit");
        var grid = grid();
        text("audit-customer").setValue(fixture.prefix());
        assertThat(GridKt._size(grid)).isEqualTo(3);
        // Newest first.
        assertThat(GridKt._getFormatted(grid, 0, "transition")).isEqualTo("TODO → DONE");
        assertThat(GridKt._getFormatted(grid, 0, "source")).isEqualTo("10.0.0.7");
        assertThat(GridKt._getFormatted(grid, 0, "customer")).isEqualTo(customer.getName() + " (#" + customer.id() + ")");
        assertThat(GridKt._get(grid, 2).getAction()).isEqualTo(AuditAction.CUSTOMER_CREATED);

        text("audit-user").setValue("CSM");
        assertThat(GridKt._findAll(grid)).extracting(AuditEntry::getMessage).containsExactly("Role created");
        text("audit-user").setValue("ops");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        text("audit-user").clear();

        step().setValue("2.3");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        step().setValue("2.4");
        assertThat(GridKt._size(grid)).isZero();
        step().clear();

        // The day the console's clock put the entries on, not the day this line runs: no race at midnight.
        var today = LocalDate.ofInstant(GridKt._get(grid, 0).getOccurredAt(), ZoneOffset.UTC);
        assertThat(LocalDate.ofInstant(GridKt._get(grid, 2).getOccurredAt(), ZoneOffset.UTC)).isEqualTo(today);
        date("audit-to").setValue(today);
        assertThat(GridKt._size(grid)).as("the to date is inclusive").isEqualTo(3);
        date("audit-to").setValue(today.minusDays(1));
        assertThat(GridKt._size(grid)).isZero();
        date("audit-to").clear();
        date("audit-from").setValue(today.plusDays(1));
        assertThat(GridKt._size(grid)).isZero();
        date("audit-from").setValue(today);
        assertThat(GridKt._size(grid)).isEqualTo(3);
    }

    @Test
    void csvExportHoldsTheFilteredTrail() {
        login("admin");
        UI.getCurrent().navigate("audit");
        text("audit-customer").setValue(fixture.prefix());
        step().setValue("2.3");
        var csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-audit"))),
                StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",csm,Step transition," + customer.id() + "," + customer.getName()
                + ",2.3,TODO,DONE,Role created,10.0.0.7");
    }

    @Test
    void onlyOpsAndAdminsMayOpenTheTrail() {
        login("csm");
        UI.getCurrent().navigate("audit");
        _get(H2.class, spec -> spec.withId("dead-end-title"));
        _assertNone(AuditView.class);
        logout();

        login("admin");
        UI.getCurrent().navigate("audit");
        _get(AuditView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static DatePicker date(String id) {
        return _get(DatePicker.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> step() {
        return _get(ComboBox.class, spec -> spec.withId("audit-step"));
    }
}
