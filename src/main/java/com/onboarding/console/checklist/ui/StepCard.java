package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.BiConsumer;

/** One step of the checklist: what it is, where it stands, and only the buttons this user may press now. */
class StepCard extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    StepCard(CustomerStep step, Set<StepCommand> allowed, boolean settled, BiConsumer<CustomerStep, StepCommand> onCommand) {
        var definition = step.definition();
        addClassName("step-card");
        setId("step-" + step.getCode().replace('.', '-'));

        var number = new Span(step.getCode());
        number.addClassName("step-number");
        var title = new Span(definition.title());
        title.addClassName("step-title");
        var owner = badge(definition.owner().label(), "contrast");
        var status = badge(step.getStatus().label(), statusTheme(step.getStatus()));
        status.addClassName("step-status");
        var heading = new Div(number, title, owner, status);
        heading.addClassName("step-heading");
        if (definition.automation() != null) {
            var verification = badge(settled ? step.getVerification().label() + " (final)"
                    : step.getVerification().label(), verificationTheme(step.getVerification()));
            verification.addClassName("step-verification");
            heading.add(verification);
        }
        add(heading);

        if (step.getChangedBy() != null && step.getChangedAt() != null) {
            var who = new Span(step.getStatus().label() + " by " + step.getChangedBy() + " at "
                    + TIME.format(step.getChangedAt()));
            who.addClassName("step-who");
            add(who);
        }
        if (step.getMessage() != null) {
            var message = new Paragraph(step.getMessage());
            message.addClassName("step-message");
            add(message);
        }
        // An action's outcome is both its message and its check: say it once.
        if (step.getVerificationMessage() != null && step.getVerificationAt() != null
                && !step.getVerificationMessage().equals(step.getMessage())) {
            var checked = new Paragraph("AWS check at " + TIME.format(step.getVerificationAt()) + ": "
                    + step.getVerificationMessage());
            checked.addClassName("step-message");
            add(checked);
        }
        // Most help stays closed: its text is added when first opened, which keeps the page light.
        var help = new Details("What to do");
        help.addOpenedChangeListener(e -> {
            if (e.isOpened() && help.getContent().findAny().isEmpty()) {
                help.add(new Paragraph(definition.help()));
            }
        });
        help.addClassName("step-help");
        add(help);

        var buttons = new Div();
        buttons.addClassName("step-buttons");
        for (var command : StepCommand.values()) {
            if (allowed.contains(command)) {
                var button = new Button(command.label(), e -> onCommand.accept(step, command));
                button.setId("step-" + step.getCode().replace('.', '-') + "-" + command.name().toLowerCase());
                button.addThemeVariants(command == StepCommand.ADD_NOTE ? ButtonVariant.LUMO_TERTIARY
                        : command == StepCommand.CONFIRM || command == StepCommand.RUN_ACTION
                                ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                buttons.add(button);
            }
        }
        add(buttons);
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        badge.getElement().getThemeList().add("small");
        return badge;
    }

    private static String statusTheme(StepStatus status) {
        return switch (status) {
            case DONE, SKIPPED -> "success";
            case FAILED -> "error";
            case IN_PROGRESS -> "primary";
            case TODO -> "contrast";
        };
    }

    private static String verificationTheme(VerificationState state) {
        return switch (state) {
            case VERIFIED -> "success";
            case MISMATCH, ERROR -> "error";
            case UNVERIFIED -> "contrast";
        };
    }
}
