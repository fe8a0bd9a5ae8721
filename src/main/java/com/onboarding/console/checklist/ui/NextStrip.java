package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.domain.NextStep;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistPage;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Next for you": the first open step this user can act on, with the button that does it, or whom the
 * onboarding waits on when it is not this user's move. One element of markup, redrawn when it changed.
 */
final class NextStrip extends Div {

    NextStrip() {
        setId("next-step");
        addClassName("next-strip");
        getElement().setAttribute("role", "status");
    }

    void show(ChecklistPage page, Role viewer) {
        var next = page.next();
        var step = next.step() == null ? null : page.step(next.step());
        var markup = describe(next, step, viewer, page.name());
        if (next.kind() == NextStep.Kind.ACT && step != null) {
            var command = Objects.requireNonNull(next.command());
            markup.raw(" ").button("next-step-button", command.name().toLowerCase(Locale.ROOT),
                    step.code().toString(), command.label(), "small primary");
        }
        if (markup.toString().equals(getElement().getProperty("innerHTML", ""))) {
            return;
        }
        getElement().setAttribute("data-kind", next.kind().name().toLowerCase(Locale.ROOT));
        markup.into(getElement());
    }

    private static Markup describe(NextStep next, @Nullable StepLine step, Role viewer, String customer) {
        var markup = new Markup();
        if (next.kind() == NextStep.Kind.COMPLETE || step == null) {
            return markup.strong("Onboarding complete:").text(" all 16 steps are done.");
        }
        var what = step.code() + " " + step.title();
        if (next.kind() == NextStep.Kind.ACT) {
            return markup.text("Next for you: ").strong(what);
        }
        if (step.status() == StepStatus.IN_PROGRESS) {
            return markup.text("Waiting for the AWS call of ").strong(what).text(" (started by "
                    + step.changedBy() + ").");
        }
        if (viewer == Role.CUSTOMER && next.waitingOn() != Role.CUSTOMER) {
            return markup.text("Nothing for you to do now: AWS Ops go on with ").strong(what).text(".");
        }
        return markup.text("Waiting on " + (next.waitingOn() == Role.CUSTOMER ? customer : "AWS Ops") + ": ")
                .strong(what);
    }
}
