package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.service.PhaseLine;
import com.onboarding.console.checklist.service.StepLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One phase: a one-line summary with its progress bar, and its step rows. A phase that is done when the page
 * opens shows the summary alone until it is opened; the others show their rows.
 */
final class PhaseSection extends Div {

    /** Opens or folds a phase's rows. */
    static final String TOGGLE = "phase";
    /** Opens a phase before the one before it is complete. */
    static final String OVERRIDE = "override";

    private final Element summary = new Element("div");
    private final Function<StepLine, StepDetails> detailsOf;
    private final List<StepRow> rows = new ArrayList<>();
    private PhaseLine line;
    private List<StepLine> steps;
    private boolean expanded;

    PhaseSection(PhaseLine line, List<StepLine> steps, Function<StepLine, StepDetails> detailsOf) {
        this.line = line;
        this.steps = steps;
        this.detailsOf = detailsOf;
        this.expanded = !line.complete();
        addClassName("checklist-phase");
        setId("phase-" + line.phase());
        summary.setAttribute("class", "phase-head");
        getElement().appendChild(summary);
        render();
        if (expanded) {
            steps.forEach(this::addRow);
        }
    }

    int phase() {
        return line.phase();
    }

    PhaseLine line() {
        return line;
    }

    List<StepRow> rows() {
        return rows;
    }

    Optional<StepRow> row(StepCode code) {
        return rows.stream().filter(r -> r.line().code().equals(code)).findFirst();
    }

    /** Shows the phase as it is now: only rows whose step changed are redrawn. */
    void update(PhaseLine now, List<StepLine> nowSteps) {
        var before = line;
        line = now;
        steps = nowSteps;
        if (!before.equals(now)) {
            render();
        }
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var step = nowSteps.get(i);
            if (!row.line().equals(step) || row.isOpen()) {
                row.update(step);
            }
        }
    }

    void toggle() {
        expanded = !expanded;
        if (expanded) {
            steps.forEach(this::addRow);
        } else {
            rows.forEach(StepRow::remove);
            rows.clear();
        }
        render();
    }

    private void addRow(StepLine step) {
        var row = new StepRow(step, detailsOf);
        rows.add(row);
        add(row);
    }

    private void render() {
        getElement().setAttribute("data-state", line.complete() ? "done" : line.open() ? "open" : "locked");
        var state = line.complete() ? "all " + line.total() + " steps done"
                : line.completed() + " of " + line.total() + " done";
        var markup = new Markup().raw("<button class=\"phase-summary\" data-command=\"" + TOGGLE
                        + "\" data-target=\"" + line.phase() + "\" aria-expanded=\"" + expanded + "\">")
                .span("phase-title", "Phase " + line.phase() + " · " + line.title())
                .span("phase-count", state);
        if (!line.open()) {
            markup.span("phase-locked", "opens when phase " + (line.phase() - 1) + " is complete");
        }
        markup.span("phase-toggle", expanded ? "Hide steps" : "Show steps").raw("</button>");
        if (line.canOverride()) {
            markup.button("override-phase-" + line.phase(), OVERRIDE, String.valueOf(line.phase()),
                    "Open phase " + line.phase() + " now", "small tertiary error");
        }
        var override = line.override();
        if (override != null) {
            markup.paragraph("phase-override", "Opened early by " + override.by() + " at "
                    + DisplayTime.format(override.at()) + ": " + override.reason());
        }
        markup.progress("phase-" + line.phase() + "-progress", line.percent()).into(summary);
    }
}
