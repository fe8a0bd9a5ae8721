package com.onboarding.console.checklist.ui;

import com.onboarding.console.audit.ui.AuditTimeline;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.jspecify.annotations.Nullable;

/** The customer's audit timeline below the phases: read when first asked for, then folded and opened again. */
final class TimelinePanel {

    private final HasComponents page;
    private final ChecklistDialogs dialogs;
    private @Nullable Div panel;

    TimelinePanel(HasComponents page, ChecklistDialogs dialogs) {
        this.page = page;
        this.dialogs = dialogs;
    }

    /** Opens or folds the timeline; true when it opened again and still shows what it read before. */
    boolean toggle(long customerId) {
        if (panel == null) {
            panel = new Div(new H2("Timeline"), dialogs.timeline(customerId));
            panel.addClassName("checklist-timeline");
            page.add(panel);
            return false;
        }
        panel.setVisible(!panel.isVisible());
        return panel.isVisible();
    }

    /** Reads the timeline again, if it shows. */
    void refresh() {
        if (panel != null && panel.isVisible()) {
            panel.getChildren().filter(AuditTimeline.class::isInstance).map(AuditTimeline.class::cast)
                    .forEach(AuditTimeline::refresh);
        }
    }

    /** The page was drawn anew, without the timeline. */
    void forget() {
        panel = null;
    }
}
