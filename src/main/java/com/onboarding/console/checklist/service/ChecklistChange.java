package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.PhaseCompleted;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.Refusal;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepCompleted;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.security.AppUserPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One transaction's change of a customer's checklist and everything it entails: the audit trail, the step
 * metrics, the customer's progress summary, the domain events and the live update to open views.
 */
final class ChecklistChange {

    final AppUserPrincipal user;
    final Customer customer;
    final Checklist checklist;
    private final ChecklistChanges effects;
    private final boolean phaseOneWasComplete;

    ChecklistChange(ChecklistChanges effects, AppUserPrincipal user, Customer customer, Checklist checklist) {
        this.effects = effects;
        this.user = user;
        this.customer = customer;
        this.checklist = checklist;
        this.phaseOneWasComplete = checklist.isPhaseComplete(1);
    }

    /** The step, if this user may give the command on it now and saw its current version. */
    CustomerStep require(StepCode code, long seenVersion, StepCommand command) {
        var step = checklist.step(code);
        refuseIfNotYours(code, command);
        if (step.getVersion() != seenVersion || step.getStatus() == StepStatus.IN_PROGRESS) {
            throw conflict(step);
        }
        refuseUnlessAllowed(code, command);
        return step;
    }

    void refuseIfNotYours(StepCode code, StepCommand command) {
        checklist.refusal(code, user.role(), command).filter(r -> r.reason() == Refusal.Reason.NOT_YOURS)
                .ifPresent(r -> {
                    throw new AccessDeniedException(r.message());
                });
    }

    void refuseUnlessAllowed(StepCode code, StepCommand command) {
        var refusal = checklist.refusal(code, user.role(), command);
        if (refusal.isEmpty()) {
            return;
        }
        throw switch (refusal.get().reason()) {
            case NOT_YOURS -> new AccessDeniedException(refusal.get().message());
            case PHASE_CLOSED -> new InvalidInputException("Phase", refusal.get().message());
            case NOT_NOW -> new StepConflictException(refusal.get().message());
        };
    }

    StepConflictException conflict(CustomerStep step) {
        if (step.getStatus() == StepStatus.IN_PROGRESS) {
            return new StepConflictException("Step " + step.getCode() + " is already in progress by "
                    + step.getClaimedBy() + ".");
        }
        return new StepConflictException("Step " + step.getCode() + " was changed by " + step.getChangedBy()
                + " meanwhile and is now " + step.getStatus().label().toLowerCase()
                + ". The checklist shows its current state; check it and try again.");
    }

    void transition(CustomerStep step, StepStatus to, @Nullable String message) {
        var from = step.getStatus();
        step.transition(to, user.getUsername(), effects.now(), message);
        effects.audit.record(new AuditService.Event(user.getUsername(), AuditAction.STEP_TRANSITION, customer.id(),
                customer.getName(), step.getCode().toString(), from.name(), to.name(), message, null));
        effects.meters.counter("console.step.transitions", "step", step.getCode().toString(), "status", to.name())
                .increment();
        if (to.isComplete()) {
            effects.events.publishEvent(new StepCompleted(customer.id(), step.getCode(), user.getUsername()));
        }
    }

    /** Keeps what AWS said about the step, and what it said about the customer's organization. */
    void recordCheck(CustomerStep step, StepResult result, @Nullable String managementAccount) {
        step.recordVerification(result.verification(), effects.now(), result.message());
        if (managementAccount != null && !managementAccount.isBlank()) {
            customer.recordOrganization(managementAccount, effects.now());
        }
        recordAwsCall(step.getCode(), result.verification().name(), result.message());
        if (result.awsAnswer() != null) {
            effects.audit.record(new AuditService.Event(user.getUsername(), AuditAction.AWS_ERROR, customer.id(),
                    customer.getName(), step.getCode().toString(), null, result.verification().name(),
                    result.awsAnswer(), null));
        }
    }

    void recordAwsCall(StepCode code, @Nullable String outcome, String message) {
        effects.audit.record(new AuditService.Event(user.getUsername(), AuditAction.AWS_CALL, customer.id(),
                customer.getName(), code.toString(), null, outcome, message, null));
    }

    void claimed(StepCode code, StepStatus from) {
        effects.audit.record(new AuditService.Event(user.getUsername(), AuditAction.STEP_TRANSITION, customer.id(),
                customer.getName(), code.toString(), from.name(), StepStatus.IN_PROGRESS.name(), "AWS action started",
                null));
        effects.changes.publish(customer.id());
    }

    /** A note changes no step: it goes to the trail, and open views show it (an internal one to staff only). */
    void note(StepCode code, String text, boolean internal) {
        var action = internal ? AuditAction.STAFF_NOTE : AuditAction.STEP_NOTE;
        effects.audit.record(new AuditService.Event(user.getUsername(), action, customer.id(),
                customer.getName(), code.toString(), null, null, text, null));
        customer.touch(effects.now());
        effects.changes.publish(customer.id());
    }

    void overrideGate(int phase, String reason) {
        effects.overrides.save(new PhaseGateOverride(customer.id(), phase, user.getUsername(), effects.now(), reason));
        effects.audit.record(new AuditService.Event(user.getUsername(), AuditAction.GATE_OVERRIDE, customer.id(),
                customer.getName(), null, "phase " + phase + " closed", "phase " + phase + " open", reason, null));
    }

    /** Updates the customer's progress summary and tells everyone watching. */
    void finish() {
        effects.steps.flush();
        var progress = checklist.progress();
        customer.recordProgress(progress, effects.now());
        if (!phaseOneWasComplete && checklist.isPhaseComplete(1)) {
            effects.events.publishEvent(new PhaseCompleted(customer.id(), 1, user.getUsername()));
        }
        effects.changes.publish(customer.id());
    }
}
