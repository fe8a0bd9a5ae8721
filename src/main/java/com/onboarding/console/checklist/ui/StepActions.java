package com.onboarding.console.checklist.ui;

import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.ErrorReport;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.checklist.service.StepProgress;
import com.onboarding.console.checklist.service.StepResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What pressing a checklist button does: asks for the text a command needs, calls the service, and tells the
 * person the outcome, on the step and in a notification. AWS work finishes in the background; its outcome,
 * whatever it is, arrives in an access task of this UI.
 */
final class StepActions {

    /** What the actions need of the page. */
    interface Page {
        long customerId();

        String accountId();

        String billingCountry();

        /** The customer's CSM, if it has one. */
        @Nullable String csmName();

        /** The step's version as the page shows it now. */
        long version(StepCode code);

        void reload();

        Optional<StepRow> row(StepCode code);
    }

    private final ChecklistService checklists;
    private final Page page;

    StepActions(ChecklistService checklists, Page page) {
        this.checklists = checklists;
        this.page = page;
    }

    void press(StepLine line, StepCommand command) {
        var code = line.code();
        var what = code + ": " + line.title();
        var seen = new Seen(line.version());
        switch (command) {
            case CONFIRM -> confirm(code, what, seen);
            case SKIP -> new ReasonDialog("Skip " + what, "Say why this step is not needed.", "Reason", true,
                    "Skip", CustomerStep.NOTE_MAX, reason -> change(seen, code,
                            v -> checklists.skip(page.customerId(), code, v, reason))).open();
            case REOPEN -> new ReasonDialog("Reopen " + what, "The step goes back to To do.", "Reason", true,
                    "Reopen", CustomerStep.NOTE_MAX, reason -> change(seen, code,
                            v -> checklists.reopen(page.customerId(), code, v, reason))).open();
            case RUN_ACTION, RETRY -> run(line, command);
            case VERIFY -> follow(progress -> checklists.verify(page.customerId(), code, progress));
            case SETTLE -> follow(progress -> checklists.settle(page.customerId(), code));
            case ADD_NOTE -> page.row(code).filter(row -> !row.isOpen()).ifPresent(StepRow::toggle);
        }
    }

    private void confirm(StepCode code, String what, Seen seen) {
        var input = StepCatalog.get(code).input();
        if (input != null) {
            new InputConfirmDialog("Confirm " + what, input, (value, note) -> change(seen, code,
                    v -> checklists.confirm(page.customerId(), code, v, note, value))).open();
            return;
        }
        new ReasonDialog("Confirm " + what, "Mark this step as done.", "Note (optional)", false, "Confirm",
                CustomerStep.NOTE_MAX, note -> {
                    change(seen, code, v -> checklists.confirm(page.customerId(), code, v, note));
                    if (code.equals(StepCatalog.NOTIFY_CSM)) {
                        ActionNotices.handedOver(page.csmName());
                    }
                }).open();
    }

    void verifyAll() {
        follow(progress -> checklists.verifyAll(page.customerId(), progress));
    }

    void overrideGate(int phase) {
        new ReasonDialog("Open phase " + phase + " now?", "Phase " + phase + " opens before phase " + (phase - 1)
                + " is complete. The reason is kept in the audit trail.", "Reason", true, "Open phase " + phase,
                PhaseGateOverride.REASON_MAX, reason -> {
                    checklists.overrideGate(page.customerId(), phase, reason);
                    page.reload();
                }).open();
    }

    /** Adds a note; a refusal is thrown back to the note field, which keeps the text. */
    void addNote(StepCode code, String note, boolean internal) {
        if (internal) {
            checklists.addInternalNote(page.customerId(), code, note);
        } else {
            checklists.addNote(page.customerId(), code, note);
        }
        page.reload();
        Notification.show("Note added to " + code + ".", 3000, Notification.Position.BOTTOM_END);
    }

    private void run(StepLine line, StepCommand command) {
        var code = line.code();
        var version = line.version();
        if (StepCatalog.get(code).automation() == Automation.TAX_REGISTRATION) {
            // A refused registration is thrown back into the dialog, which marks the field and keeps the form.
            new TaxRegistrationDialog(page.billingCountry(), registration -> start(code, version, registration))
                    .open();
            return;
        }
        var dialog = new ConfirmDialog(command.label() + " " + code + " in AWS?",
                "The console calls AWS now, in account " + page.accountId() + ": " + line.title() + ".",
                command.label(), e -> {
                    try {
                        start(code, version, null);
                    } catch (InvalidInputException refused) {
                        ActionNotices.error(refused.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void start(StepCode code, long version, @Nullable TaxRegistration registration) {
        follow(progress -> checklists.run(page.customerId(), code, version, registration).thenApply(List::of));
    }

    /** A change made now; after a conflict the page shows the step's current state and a second press applies. */
    private void change(Seen seen, StepCode code, LongConsumer command) {
        try {
            command.accept(seen.version);
        } catch (RuntimeException refused) {
            page.reload();
            seen.version = page.version(code);
            throw refused;
        }
        page.reload();
    }

    /**
     * Starts AWS work; a refusal at the start is told at once, what a check waits for on its step while it runs,
     * the outcome when the work ends.
     */
    private void follow(Function<StepProgress, CompletableFuture<List<StepResult>>> work) {
        var ui = UI.getCurrent();
        StepProgress progress = (code, text) -> later(ui,
                () -> page.row(code).ifPresent(row -> row.showProgress(text)));
        CompletableFuture<List<StepResult>> outcome;
        try {
            outcome = work.apply(progress);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException refused) {
            ActionNotices.error(ErrorReport.of(refused).message());
            page.reload();
            return;
        }
        page.reload();
        outcome.whenComplete((results, failure) -> later(ui, () -> finished(results, failure)));
    }

    /** Runs the task in an access task of the UI, unless the person left the page. */
    private static void later(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException e) {
            // The person left the page; the step shows the outcome to whoever opens it.
        }
    }

    private void finished(@Nullable List<StepResult> results, @Nullable Throwable failure) {
        page.reload();
        if (results != null) {
            results.forEach(r -> page.row(r.code()).ifPresent(row -> row.showProgress(null)));
        }
        if (failure != null || results == null) {
            var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            ActionNotices.error(cause == null ? "The AWS call ended without an answer."
                    : ErrorReport.of(cause).message());
            return;
        }
        // What the console could not record, the row shows until the step changes.
        results.stream().filter(r -> r.errorId() != null)
                .forEach(r -> page.row(r.code()).ifPresent(row -> row.showOutcome(r)));
        ActionNotices.report(results);
    }

    /** The version a dialog's command applies to. */
    private static final class Seen {
        long version;

        Seen(long version) {
            this.version = version;
        }
    }
}
