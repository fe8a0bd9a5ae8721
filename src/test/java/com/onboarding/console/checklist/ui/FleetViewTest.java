package com.onboarding.console.checklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.checklist.domain.FleetFinding;
import com.onboarding.console.checklist.domain.FleetFindingRepository;
import com.onboarding.console.checklist.domain.FleetRun;
import com.onboarding.console.checklist.domain.FleetRunRepository;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.VerificationState;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /fleet shows the run the database holds, whoever started it on whichever instance: its counts, the customers
 * it skipped, and a customer x failing step table linking to each checklist, reloaded while the page is open.
 */
class FleetViewTest extends KaribuTest {

    @Autowired
    private FleetRunRepository runs;
    @Autowired
    private FleetFindingRepository findings;
    @Autowired
    private Clock clock;
    @Autowired
    private TransactionTemplate tx;

    @AfterEach
    void endRun() {
        runs.findByRunning(1).ifPresent(run -> tx.executeWithoutResult(s -> runs.finish(run.id(), clock.instant())));
    }

    @Test
    void aRunStartedElsewhereShowsItsProgressAndFindingsWithLinksToTheChecklists() {
        runAs("ops");
        var customer = fixture().customer("Fleet view drift");
        var run = runs.saveAndFlush(new FleetRun("schedule", clock.instant(), 3, 2));
        login("ops");
        UI.getCurrent().navigate("fleet");

        assertThat(_get(Span.class, spec -> spec.withId("fleet-status")).getText())
                .contains("by schedule; running: checked 0 of 3 customers.");
        _assertNone(Grid.class, spec -> spec.withId("fleet-findings"));

        findings.saveAndFlush(new FleetFinding(run.id(), customer.id(), StepCatalog.PLATFORM_ROLE,
                VerificationState.MISMATCH, true, "The role's trust policy names another external id."));
        tx.executeWithoutResult(s -> runs.count(run.id(), 1, 0, 1, clock.instant()));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(_get(Span.class, spec -> spec.withId("fleet-counts")).getText()).isEqualTo("Checked 1 of 3"
                + " customers; skipped: no access yet 2; 1 mismatches, 0 checks failed, 1 drifted.");
        @SuppressWarnings("unchecked")
        var grid = (Grid<Object>) _get(Grid.class, spec -> spec.withId("fleet-findings"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        var link = (Anchor) GridKt._getCellComponent(grid, 0, "customer");
        assertThat(link.getText()).isEqualTo(customer.getName());
        assertThat(link.getHref()).isEqualTo("customers/" + customer.id());
        assertThat(GridKt._getFormatted(grid, 0, "step")).startsWith("2.3 ");
        assertThat(GridKt._getFormatted(grid, 0, "outcome")).isEqualTo("Mismatch (drift: was verified)");
        assertThat(GridKt._getFormatted(grid, 0, "message"))
                .isEqualTo("The role's trust policy names another external id.");

        tx.executeWithoutResult(s -> runs.finish(run.id(), clock.instant()));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(_get(Span.class, spec -> spec.withId("fleet-status")).getText()).contains("; finished ");
    }
}
