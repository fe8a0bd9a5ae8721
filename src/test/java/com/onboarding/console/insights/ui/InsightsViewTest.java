package com.onboarding.console.insights.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.insights.InsightsDataSet;
import com.onboarding.console.insights.service.InsightsService;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class InsightsViewTest extends KaribuTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AuditService audit;
    @Autowired
    private InsightsService insights;

    /**
     * Over the last 365 days every customer of the data set counts: all seven were created in it, five finished
     * phase 1 (all but Echo and Foxtrot), three finished phase 2 and completed (Alpha, Bravo, Charlie).
     */
    @Test
    void aCsmSeesTheFiguresOfTheirOwnCustomers() {
        login("admin");
        var csm = fixture().user(Role.CSM, null);
        var data = new InsightsDataSet(fixture(), dataSource, csm.getId(), clock.instant()).seed();
        login(csm.getUsername());
        UI.getCurrent().navigate(InsightsView.class);
        @SuppressWarnings("unchecked")
        Select<InsightsView.Range> range = _get(Select.class, spec -> spec.withId("insights-range"));
        range.setValue(InsightsView.Range.LAST_365);
        var own = _get(Checkbox.class, spec -> spec.withId("insights-own"));
        own.setValue(true);

        assertThat(rows("insights-funnel")).containsExactly(List.of("Phase 1", "2", "7"),
                List.of("Phase 2", "2", "5"), List.of("Phase 3", "0", "3"), List.of("Complete", "3", "3"));
        // Alpha took 10 days, Bravo 13, Charlie 40: median 13, 90th percentile 13 + 0.8 * 27 = 34.6.
        assertThat(_get(Span.class, spec -> spec.withId("insights-onboarding"))
                .getText()).isEqualTo("Time to onboard, 3 customers completed in the period: median 13.0 days,"
                + " 90th percentile 34.6 days.");
        assertThat(rows("insights-stalled")).extracting(row -> row.get(4)).containsExactly("193", "6");
        var stalled = grid("insights-stalled");
        assertThat(IntStream.range(0, 2).mapToObj(i -> ((Anchor) GridKt._getCellComponent(stalled, i, "open"))
                .getHref())).containsExactly(CustomerRoutes.checklist(data.delta),
                CustomerRoutes.checklist(data.foxtrot));
        assertThat(_find(_get(Component.class, spec -> spec.withId("insights-charts")), Image.class)).hasSize(3);

        var csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("insights-funnel-csv"))),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFStage,Customers now,Reached in the period",
                "Phase 1,2,7", "Phase 2,2,5", "Phase 3,0,3", "Complete,3,3");
    }

    /** Reminders go to customers in phase 1: the CSM switches them off beside Foxtrot, and the trail says so. */
    @Test
    void aCsmSwitchesOffTheRemindersToAStalledCustomer() {
        login("admin");
        var csm = fixture().user(Role.CSM, null);
        var data = new InsightsDataSet(fixture(), dataSource, csm.getId(), clock.instant()).seed();
        login(csm.getUsername());
        UI.getCurrent().navigate(InsightsView.class);
        _get(Checkbox.class, spec -> spec.withId("insights-own")).setValue(true);
        var stalled = grid("insights-stalled");
        // Delta (phase 2) is stalled on OPS: no reminders to switch.
        assertThat(_find(GridKt._getCellComponent(stalled, 0, "reminders"), Checkbox.class)).isEmpty();
        var foxtrot = (Checkbox) GridKt._getCellComponent(stalled, 1, "reminders");
        assertThat(foxtrot.getValue()).isTrue();

        foxtrot.setValue(false);
        assertThat(jdbc.queryForObject("select reminders_off from customer where id = ?", Boolean.class,
                data.foxtrot)).isTrue();
        assertThat(audit.timeline(data.foxtrot, 5)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(csm.getUsername());
            assertThat(e.getMessage()).isEqualTo("Reminders switched off");
        });
        // The page opened again shows them off.
        var again = new InsightsView(insights, clock);
        _get(again, Checkbox.class, spec -> spec.withId("insights-own")).setValue(true);
        var shown = _get(_get(again, Component.class, spec -> spec.withId("insights-stalled")), Grid.class);
        assertThat(((Checkbox) GridKt._getCellComponent(shown, 1, "reminders")).getValue()).isFalse();
    }

    @Test
    void opsSeeAllCustomersAndABackwardRangeIsExplained() {
        login("ops");
        UI.getCurrent().navigate(InsightsView.class);
        // OPS have no customers of their own to narrow to.
        _assertNone(Checkbox.class, spec -> spec.withId("insights-own"));
        @SuppressWarnings("unchecked")
        Select<InsightsView.Range> range = _get(Select.class, spec -> spec.withId("insights-range"));
        range.setValue(InsightsView.Range.CUSTOM);
        var first = _get(DatePicker.class, spec -> spec.withId("insights-first"));
        var last = _get(DatePicker.class, spec -> spec.withId("insights-last"));
        first.setValue(LocalDate.of(2026, 3, 2));
        last.setValue(LocalDate.of(2026, 3, 1));
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("The last day (2026-03-01) is before the first day"
                + " (2026-03-02): choose a last day on or after the first.");
        last.setValue(LocalDate.of(2026, 3, 31));
        assertThat(last.isInvalid()).isFalse();
        assertThat(rows("insights-weekly")).extracting(row -> row.getFirst()).containsExactly("2026-03-02",
                "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30");
    }

    private static List<List<String>> rows(String tableId) {
        var grid = grid(tableId);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    private static Grid<?> grid(String tableId) {
        return _get(_get(Component.class, spec -> spec.withId(tableId)), Grid.class);
    }
}
