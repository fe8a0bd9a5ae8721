package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.GridCells;
import com.onboarding.console.checklist.service.FleetReport;
import com.onboarding.console.checklist.service.FleetVerification;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Re-verifies every customer's AWS steps. The run is kept in the database, so this page shows the run that goes,
 * whoever started it on whichever instance, and reloads it every few seconds while it is open.
 */
@Route("fleet")
@PageTitle("Fleet verification | AWS Onboarding Console")
@Menu(order = 2, icon = "vaadin:refresh", title = "Fleet verification")
@RolesAllowed({Role.Names.OPS, Role.Names.ADMIN})
public class FleetView extends VerticalLayout {

    static final int POLL_MILLIS = 2_000;

    private final FleetVerification fleet;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Span counts = new Span();
    private final Span notice = new Span();
    private final Grid<FleetReport.Finding> findings = new Grid<>();
    private @Nullable Registration polling;

    FleetView(FleetVerification fleet) {
        this.fleet = fleet;
        bar.setVisible(false);
        status.setId("fleet-status");
        counts.setId("fleet-counts");
        notice.setId("fleet-notice");
        var start = new Button("Verify all customers");
        start.setId("fleet-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            var started = fleet.start();
            notice.setText(started.joined() ? "A fleet verification was already running; showing its progress."
                    : "");
            refresh();
        });
        findings.setId("fleet-findings");
        findings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        findings.addComponentColumn(f -> new Anchor(CustomerRoutes.checklist(f.customerId()), f.customerName()))
                .setHeader("Customer").setKey("customer").setFlexGrow(1);
        GridCells.addAccountIdColumn(findings, FleetReport.Finding::accountId).setHeader("Account").setKey("account");
        findings.addColumn(f -> f.code() + " " + f.stepTitle()).setHeader("Step").setKey("step").setFlexGrow(1);
        findings.addColumn(f -> f.verification().label() + (f.drift() ? " (drift: was verified)" : ""))
                .setHeader("Outcome").setKey("outcome").setWidth("12em").setFlexGrow(0);
        findings.addColumn(FleetReport.Finding::message).setHeader("What differs").setKey("message").setFlexGrow(3);
        findings.setVisible(false);
        add(new H2("Fleet verification"), new Paragraph("Checks the automated steps of every active customer the"
                + " console has access to (platform role created in step 2.3) against AWS, and records each outcome"
                + " on the customer's checklist. Customers before step 2.3 are skipped."),
                start, notice, bar, status, counts, findings);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    /** Shows the latest run as the database has it. */
    void refresh() {
        fleet.latest().ifPresentOrElse(this::show, () -> status.setText("No fleet verification has run yet."));
    }

    private void show(FleetReport run) {
        bar.setVisible(run.running() && !run.abandoned());
        bar.setValue(run.total() == 0 ? 1 : (double) run.checked() / run.total());
        var who = "Started " + DisplayTime.format(run.startedAt()) + " by " + run.startedBy();
        status.setText(run.abandoned() ? who + "; stopped reporting before it finished. Start a new run."
                : run.running() ? who + "; running: checked " + run.checked() + " of " + run.total() + " customers."
                : who + "; finished " + DisplayTime.format(run.finishedAt()) + ".");
        counts.setText("Checked " + run.checked() + " of " + run.total() + " customers; skipped: no access yet "
                + run.skipped() + "; " + run.mismatches() + " mismatches, " + run.errors() + " checks failed, "
                + run.drifts() + " drifted.");
        findings.setItems(run.findings());
        findings.setVisible(!run.findings().isEmpty());
    }
}
