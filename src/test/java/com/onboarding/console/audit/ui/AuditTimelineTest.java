package com.onboarding.console.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.TestCustomers;
import org.springframework.context.ApplicationContext;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditTimelineTest extends KaribuTest {

    @Autowired
    private CustomerService customers;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private AuditService audit;

    @Test
    void showsOneCustomersEntriesNewestFirstAndRefreshes() {
        login("ops");
        var fixture = new TestCustomers(context);
        var customer = fixture.create("Timeline", null);
        fixture.create("Other", null);
        audit.recordAlone(new AuditService.Event("ops", AuditAction.STEP_TRANSITION, customer.id(),
                customer.getName(), "1.1", "TODO", "IN_PROGRESS", "Started", null, null));

        var timeline = new AuditTimeline(audit, customer.id());
        UI.getCurrent().add(timeline);
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("audit-timeline"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "step")).isEqualTo("1.1");
        assertThat(GridKt._getFormatted(grid, 0, "transition")).isEqualTo("TODO → IN_PROGRESS");
        assertThat(GridKt._getFormatted(grid, 0, "message")).isEqualTo("Started");
        assertThat(GridKt._getFormatted(grid, 1, "message")).startsWith("Created customer for account");

        audit.recordAlone(new AuditService.Event("ops", AuditAction.STEP_TRANSITION, customer.id(),
                customer.getName(), "1.1", "IN_PROGRESS", "DONE", "Verified", null, null));
        timeline.refresh();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "message")).isEqualTo("Verified");
        assertThat(GridKt._getFormatted(grid, 0, "user")).isEqualTo("ops");
    }
}
