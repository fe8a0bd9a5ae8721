package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.checklist.service.StepResult;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One step in one line: number, title, owner, status, verification and last change, which open the details, then
 * only the buttons this user may press now. The line is a single element of markup, its details a component
 * beside it once opened; updated in place when its step changes, while open details and a half-typed note stay.
 */
final class StepRow extends Div {

    /** The command that opens and closes a row's details. */
    static final String DETAILS = "details";

    private final Function<StepLine, StepDetails> detailsOf;
    private StepLine line;
    private @Nullable StepDetails details;
    private @Nullable String outcome;
    private @Nullable String progress;

    /** @param detailsOf makes the details of a step when they are first opened */
    StepRow(StepLine line, Function<StepLine, StepDetails> detailsOf) {
        this.line = line;
        this.detailsOf = detailsOf;
        addClassName("step-row");
        setId(domId(line.code()));
        render();
    }

    static String domId(StepCode code) {
        return "step-" + code.phase() + "-" + code.number();
    }

    /** The id of the button of a command on a step, e.g. "step-2-3-run_action". */
    static String buttonId(StepCode code, StepCommand command) {
        return domId(code) + "-" + command.name().toLowerCase(Locale.ROOT);
    }

    StepLine line() {
        return line;
    }

    /**
     * Shows the step as it is now. An unchanged step keeps its markup; open details also reread the step's history,
     * which a note changes without changing the step.
     */
    void update(StepLine now) {
        var before = line;
        line = now;
        if (!before.equals(now)) {
            outcome = null;
            progress = null;
            render();
        }
        if (isOpen()) {
            Objects.requireNonNull(details).update(now);
        }
    }

    boolean isOpen() {
        return details != null && details.isVisible();
    }

    void toggle() {
        if (details == null) {
            details = detailsOf.apply(line);
            details.setId(getId().orElseThrow() + "-details");
            var section = getElement().getParent();
            section.insertChild(section.indexOfChild(getElement()) + 1, details.getElement());
        } else {
            details.setVisible(!details.isVisible());
            if (details.isVisible()) {
                details.update(line);
            }
        }
        render();
    }

    /** Takes the row and its details off the page. */
    void remove() {
        if (details != null) {
            details.removeFromParent();
        }
        removeFromParent();
    }

    /** An outcome the step may not show by itself, e.g. when the console could not record it. */
    void showOutcome(StepResult result) {
        outcome = result.message();
        render();
    }

    /** What the step's AWS check waits for while it runs; null once it ended. */
    void showProgress(@Nullable String text) {
        if (!Objects.equals(progress, text)) {
            progress = text;
            render();
        }
    }

    private void render() {
        getElement().setAttribute("data-status", line.status().name().toLowerCase(Locale.ROOT));
        var verification = !line.automated() ? "" : superseded(line)
                ? "Superseded by " + StepCatalog.ROOT_MFA_ENABLED : line.verification().label();
        var change = line.changedBy() == null ? null : line.changedBy();
        var markup = new Markup().raw("<button class=\"step-summary\" data-command=\"" + DETAILS + "\" data-target=\""
                        + line.code() + "\" aria-expanded=\"" + isOpen() + "\">")
                .span("step-number", line.code().toString())
                .raw("<span class=\"step-title\">").text(line.title());
        var input = inputShown(line);
        if (input != null) {
            markup.span("step-input", input);
        }
        markup.raw("</span>")
                .span("step-owner", line.owner().label())
                .span("step-status badge " + statusTheme(line.status()), line.status().label())
                .span("step-verification badge " + verificationTheme(line), verification)
                .raw("<span class=\"step-change\">").text(change);
        if (line.changedAt() != null) {
            markup.raw("<br>").text(DisplayTime.format(line.changedAt()));
        }
        markup.raw("</span></button><span class=\"step-actions\">");
        for (var command : buttons(line)) {
            markup.button(buttonId(line.code(), command), command.name().toLowerCase(Locale.ROOT),
                    line.code().toString(), command.label(),
                    command == line.primary() ? "small primary" : "small tertiary");
        }
        markup.raw("</span>");
        if (outcome != null) {
            markup.raw("<p class=\"step-outcome\" role=\"status\">").text(outcome).raw("</p>");
        }
        if (progress != null) {
            markup.raw("<p class=\"step-progress\" role=\"status\">").text(progress).raw("</p>");
        }
        markup.into(getElement());
    }

    /** The value the step was confirmed with, named, or nothing. */
    private static @Nullable String inputShown(StepLine line) {
        var input = StepCatalog.get(line.code()).input();
        return input == null || line.input() == null ? null : input.label() + ": " + line.input();
    }

    /** The row's buttons: the primary one first, notes aside (they are typed in the details). */
    static List<StepCommand> buttons(StepLine line) {
        var commands = new ArrayList<StepCommand>();
        if (line.primary() != null) {
            commands.add(line.primary());
        }
        for (var command : StepCommand.values()) {
            if (line.allowed().contains(command) && command != line.primary() && command != StepCommand.ADD_NOTE) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static String statusTheme(StepStatus status) {
        return switch (status) {
            case DONE, SKIPPED -> "success";
            case FAILED -> "error";
            case IN_PROGRESS -> "primary";
            case TODO -> "contrast";
        };
    }

    /**
     * A settled step's last check stands, but a mismatch there is no fault: root MFA found on again is what the
     * later step wants, so it reads as history, not as an alarm.
     */
    private static boolean superseded(StepLine line) {
        return line.settled() && line.verification() != VerificationState.VERIFIED;
    }

    private static String verificationTheme(StepLine line) {
        if (!line.automated() || superseded(line)) {
            return "none";
        }
        return switch (line.verification()) {
            case VERIFIED -> "success";
            case MISMATCH, ERROR -> "error";
            case UNVERIFIED -> "contrast";
        };
    }
}
