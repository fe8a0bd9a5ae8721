package com.onboarding.console.checklist.service;

import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepKind;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commands a person gives by hand: confirm, skip, reopen, note, and opening a phase early. */
@Component
class StepCommands {

    private static final int NOTE_MAX = CustomerStep.NOTE_MAX;
    private static final int REASON_MAX = PhaseGateOverride.REASON_MAX;

    private final ChecklistChanges changes;

    StepCommands(ChecklistChanges changes) {
        this.changes = changes;
    }

    /**
     * Marks a step done by hand. An AWS-checked step says who vouched for it; whether AWS agrees is its
     * verification's to say, which a later check changes without this message going stale. A step that asks for
     * a value ({@link com.onboarding.console.checklist.domain.StepInput}) keeps it, and its message names it for
     * the trail.
     */
    @Transactional
    void confirm(long customerId, StepCode code, long seenVersion, @Nullable String note, @Nullable String input) {
        var change = changes.begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.CONFIRM);
        var asked = step.definition().input();
        var value = asked == null ? null : asked.check(input);
        var text = TextInput.optionalLines(StepField.NOTE, note, NOTE_MAX);
        var message = step.definition().kind() != StepKind.MANUAL
                && step.getVerification() != VerificationState.VERIFIED
                ? join("Confirmed by hand.", text)
                : text;
        if (asked != null) {
            message = join(asked.label() + ": " + value + ".", message);
        }
        step.recordInput(value);
        change.transition(step, StepStatus.DONE, message);
        change.finish();
    }

    @Transactional
    void skip(long customerId, StepCode code, long seenVersion, @Nullable String reason) {
        var change = changes.begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.SKIP);
        change.transition(step, StepStatus.SKIPPED, TextInput.requiredLines(StepField.REASON, reason, REASON_MAX));
        change.finish();
    }

    @Transactional
    void reopen(long customerId, StepCode code, long seenVersion, @Nullable String reason) {
        var change = changes.begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.REOPEN);
        step.recordInput(null);
        change.transition(step, StepStatus.TODO,
                "Reopened: " + TextInput.requiredLines(StepField.REASON, reason, REASON_MAX));
        change.finish();
    }

    /**
     * Notes are open to everyone who sees the customer, CSMs included; they go to the trail. An internal note
     * (staff only, checked by the service) is kept from the customer's people.
     */
    @Transactional
    void addNote(long customerId, StepCode code, @Nullable String note, boolean internal) {
        var change = changes.begin(customerId);
        change.note(code, TextInput.requiredLines(StepField.NOTE, note, NOTE_MAX), internal);
    }

    @Transactional
    void overrideGate(long customerId, int phase, @Nullable String reason) {
        var change = changes.begin(customerId);
        if (!change.checklist.canOverrideGate(phase, change.user.role())) {
            throw new StepConflictException("Phase " + phase + " is already open.");
        }
        change.overrideGate(phase, TextInput.requiredLines(StepField.REASON, reason, REASON_MAX));
        change.finish();
    }

    private static String join(String first, @Nullable String second) {
        return second == null ? first : first + " " + second;
    }
}
