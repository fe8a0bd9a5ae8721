package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.service.FleetVerification;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Re-verifies every customer's AWS steps, with a progress bar; the work runs off the UI thread. */
@Route("fleet")
@PageTitle("Fleet verification | AWS Onboarding Console")
@Menu(order = 2, icon = "vaadin:refresh", title = "Fleet verification")
@RolesAllowed({Role.Names.OPS, Role.Names.ADMIN})
public class FleetView extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();

    FleetView(FleetVerification fleet) {
        bar.setVisible(false);
        status.setId("fleet-status");
        var start = new Button("Verify all customers");
        start.setId("fleet-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            var ui = UI.getCurrent();
            if (!fleet.start(p -> ui.access(() -> show(p)))) {
                status.setText("A fleet verification is already running.");
            }
        });
        add(new H2("Fleet verification"), new Paragraph("Checks every active customer's automated steps against"
                + " AWS through the platform role, and records each outcome on the customer's checklist."),
                start, bar, status);
    }

    private void show(FleetVerification.Progress progress) {
        bar.setVisible(true);
        bar.setValue(progress.total() == 0 ? 1 : (double) progress.done() / progress.total());
        status.setText((progress.finished() ? "Finished: " : "Checked ") + progress.done() + " of " + progress.total()
                + " customers; " + progress.mismatches() + " mismatches, " + progress.errors() + " checks failed.");
    }
}
