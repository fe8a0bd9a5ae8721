package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerNoted;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.PhaseCompleted;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.Refusal;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepCompleted;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.customers.domain.ChecklistProgressed;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerActivity;
import com.onboarding.console.customers.domain.OrganizationChecked;
import com.onboarding.console.customers.domain.TaxRegistrationSet;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.Role;
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
            case PHASE_CLOSED -> new InvalidInputException(refusal.get().message());
            case NOT_NOW -> new StepConflictException(refusal.get().message());
        };
    }

    /** The step changed under the user; who changed it is named as this user may see them ({@link AuditService#nameOf}). */
    StepConflictException conflict(CustomerStep step) {
        if (step.getStatus() == StepStatus.IN_PROGRESS) {
            return new StepConflictException("Step " + step.getCode() + " is already in progress by "
                    + shownName(step.getClaimedBy()) + ".");
        }
        return new StepConflictException("Step " + step.getCode() + " was changed by "
                + shownName(step.getChangedBy()) + " meanwhile and is now " + step.getStatus().label().toLowerCase()
                + ". The checklist shows its current state; check it and try again.");
    }

    private String shownName(@Nullable String username) {
        return username == null ? "someone else" : effects.audit.nameOf(username);
    }

    void transition(CustomerStep step, StepStatus to, @Nullable String message) {
        var from = step.getStatus();
        step.transition(to, user.getUsername(), effects.now(), message);
        effects.audit.record(event(AuditAction.STEP_TRANSITION, message).onStep(step.getCode().toString())
                .changing(from.name(), to.name()));
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
            effects.events.publishEvent(new OrganizationChecked(customer.id(), managementAccount, effects.now()));
        }
        recordAwsCall(step.getCode(), result.verification().name(), result.message());
        if (result.awsAnswer() != null) {
            effects.audit.record(event(AuditAction.AWS_ERROR, result.awsAnswer()).onStep(step.getCode().toString())
                    .changing(null, result.verification().name()).withErrorCode(result.awsErrorCode()));
        }
    }

    void recordAwsCall(StepCode code, @Nullable String outcome, String message) {
        effects.audit.record(event(AuditAction.AWS_CALL, message).onStep(code.toString()).changing(null, outcome));
    }

    void claimed(StepCode code, StepStatus from) {
        effects.audit.record(event(AuditAction.STEP_TRANSITION, "AWS action started").onStep(code.toString())
                .changing(from.name(), StepStatus.IN_PROGRESS.name()));
        effects.changes.publish(customer.id());
    }

    void taxRegistrationSet(String registrationId, String legalName) {
        effects.events.publishEvent(new TaxRegistrationSet(customer.id(), registrationId, legalName));
    }

    /** A note changes no step: it goes to the trail, and open views show it (an internal one to staff only). */
    void note(StepCode code, String text, boolean internal) {
        effects.audit.record(event(internal ? AuditAction.STAFF_NOTE : AuditAction.STEP_NOTE, text)
                .onStep(code.toString()));
        if (user.role() == Role.CUSTOMER) {
            effects.events.publishEvent(new CustomerNoted(customer.id(), code, user.getUsername(), text));
        }
        effects.events.publishEvent(new CustomerActivity(customer.id(), effects.now()));
        effects.changes.publish(customer.id());
    }

    void overrideGate(int phase, String reason) {
        effects.overrides.save(new PhaseGateOverride(customer.id(), phase, user.getUsername(), effects.now(), reason));
        effects.audit.record(event(AuditAction.GATE_OVERRIDE, reason)
                .changing("phase " + phase + " closed", "phase " + phase + " open"));
    }

    /** An entry of the trail about this customer, by this user. */
    private AuditService.Event event(AuditAction action, @Nullable String message) {
        return AuditService.Event.of(user.getUsername(), action, customer.id(), customer.getName(), message);
    }

    /** Updates the customer's progress summary and tells everyone watching. */
    void finish() {
        checklist.recordHoldTimes(customer.getCreatedAt());
        effects.steps.flush();
        var progress = checklist.progress();
        effects.events.publishEvent(new ChecklistProgressed(customer.id(), progress, effects.now()));
        if (!phaseOneWasComplete && checklist.isPhaseComplete(1)) {
            effects.events.publishEvent(new PhaseCompleted(customer.id(), 1, user.getUsername()));
        }
        effects.changes.publish(customer.id());
    }
}
