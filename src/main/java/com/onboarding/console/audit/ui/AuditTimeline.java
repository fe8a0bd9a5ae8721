package com.onboarding.console.audit.ui;

import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.ui.DisplayTime;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.HashMap;
import java.util.Map;

/** The latest audit entries of one customer, newest first, for the customer's checklist page. */
public class AuditTimeline extends Composite<Grid<AuditEntry>> {

    /** How many entries the timeline shows unless told otherwise. */
    public static final int DEFAULT_LIMIT = 50;

    private final AuditService audit;
    private final long customerId;
    private final int limit;
    /** Each person's name as this reader sees it, asked once per refresh. */
    private final Map<String, String> shownNames = new HashMap<>();

    public AuditTimeline(AuditService audit, long customerId) {
        this(audit, customerId, DEFAULT_LIMIT);
    }

    public AuditTimeline(AuditService audit, long customerId, int limit) {
        this.audit = audit;
        this.customerId = customerId;
        this.limit = limit;
        var grid = getContent();
        grid.addClassName("audit-timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(e -> DisplayTime.format(e.getOccurredAt())).setHeader("Time").setKey("time")
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(e -> shownNames.computeIfAbsent(e.getActor(), audit::nameOf)).setHeader("User").setKey("user").setAutoWidth(true);
        grid.addColumn(e -> AuditView.text(e.getStepCode())).setHeader("Step").setKey("step").setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(AuditView::transition).setHeader("From → to").setKey("transition").setAutoWidth(true);
        grid.addColumn(e -> AuditView.text(e.getMessage())).setHeader("Message").setKey("message").setFlexGrow(3)
                .setTooltipGenerator(e -> AuditView.text(e.getMessage()));
        grid.setEmptyStateText("Nothing has happened yet.");
        grid.setAllRowsVisible(true);
        refresh();
    }

    /** Reloads the entries, e.g. after a step changed. */
    public void refresh() {
        shownNames.clear();
        getContent().setItems(audit.timeline(customerId, limit));
    }
}
