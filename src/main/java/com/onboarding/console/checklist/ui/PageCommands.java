package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.ui.Clipboard;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.service.ChecklistService;
import com.vaadin.flow.component.notification.Notification;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a button of the checklist page's markup does. What it may do is decided here, from the page's own state:
 * a command the page does not offer this user does nothing, and the services check again.
 */
final class PageCommands {

    private final ChecklistView page;
    private final ChecklistService checklists;
    private final ChecklistDialogs dialogs;
    private final StepActions actions;
    private final PhaseList phases;

    PageCommands(ChecklistView page, ChecklistService checklists, ChecklistDialogs dialogs, StepActions actions,
            PhaseList phases) {
        this.page = page;
        this.checklists = checklists;
        this.dialogs = dialogs;
        this.actions = actions;
        this.phases = phases;
    }

    void run(String command, String target) {
        var facts = page.facts();
        switch (command) {
            case StepRow.DETAILS -> step(target).flatMap(phases::row).ifPresent(StepRow::toggle);
            case PhaseSection.TOGGLE -> phases.phase(target).ifPresent(PhaseSection::toggle);
            case PhaseSection.OVERRIDE -> phases.phase(target).filter(p -> p.line().canOverride())
                    .ifPresent(p -> actions.overrideGate(p.phase()));
            case ChecklistHeader.EDIT_CUSTOMER -> {
                if (facts.staff()) {
                    dialogs.editCustomer(page.customerId(), page::reload);
                }
            }
            case ChecklistHeader.CREDENTIALS -> {
                if (facts.awsAccess()) {
                    dialogs.credentials(page.customerId(), facts.accountId(), page::reload);
                }
            }
            case ChecklistHeader.VERIFY_ALL -> {
                if (facts.awsAccess() && facts.consoleAccess()) {
                    actions.verifyAll();
                }
            }
            case ChecklistHeader.TIMELINE -> page.toggleTimeline();
            case ChecklistHeader.COPY_EXTERNAL_ID -> {
                var externalId = facts.externalId();
                if (externalId != null) {
                    Clipboard.copy(page, "ExternalId", externalId);
                }
            }
            default -> stepCommand(command, target);
        }
    }

    private void stepCommand(String command, String target) {
        var code = step(target);
        var given = Arrays.stream(StepCommand.values())
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(command)).findFirst();
        if (code.isEmpty() || given.isEmpty()) {
            return;
        }
        var line = phases.row(code.get()).map(StepRow::line)
                .orElseGet(() -> checklists.page(page.customerId()).step(code.get()));
        if (line.allowed().contains(given.get())) {
            actions.press(line, given.get());
        } else {
            Notification.show("Step " + code.get() + " changed meanwhile: the page shows what you may do now.",
                    5000, Notification.Position.BOTTOM_END);
            page.reload();
        }
    }

    private static Optional<StepCode> step(String target) {
        try {
            return Optional.of(StepCode.parse(target));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
