package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.PhaseGateOverrideRepository;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.customers.domain.CustomerCreated;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Opens {@link ChecklistChange}s: reads a customer's checklist for the current user, locking the customer
 * when the change writes, and holds what every change records its effects with.
 */
@Component
class ChecklistChanges {

    final CustomerStepRepository steps;
    final PhaseGateOverrideRepository overrides;
    final AuditService audit;
    final CustomerChanges changes;
    final ApplicationEventPublisher events;
    final MeterRegistry meters;
    final Clock clock;
    private final CustomerLookup customers;
    private final CurrentUser currentUser;
    private final ChecklistSettings settings;

    ChecklistChanges(CustomerStepRepository steps, PhaseGateOverrideRepository overrides, CustomerLookup customers,
            AuditService audit, CustomerChanges changes, ApplicationEventPublisher events, MeterRegistry meters,
            CurrentUser currentUser, ChecklistSettings settings, Clock clock) {
        this.steps = steps;
        this.overrides = overrides;
        this.customers = customers;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.meters = meters;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every new customer gets the sixteen steps in the transaction that creates it. */
    @EventListener
    void createSteps(CustomerCreated created) {
        steps.saveAll(StepCatalog.STEPS.stream().map(d -> new CustomerStep(created.customerId(), d.code())).toList());
    }

    /** A change that writes: the customer is locked against other changes until the transaction ends. */
    ChecklistChange begin(long customerId) {
        return open(customerId, true, false);
    }

    /** A look at the checklist that changes nothing. */
    ChecklistChange read(long customerId) {
        return open(customerId, false, false);
    }

    /** A look at the checklist by someone whose AWS calls use credentials they pasted, or not. */
    ChecklistChange read(long customerId, boolean pastedCredentials) {
        return open(customerId, false, pastedCredentials);
    }

    private ChecklistChange open(long customerId, boolean writing, boolean pastedCredentials) {
        var user = currentUser.require();
        if (!user.canSeeCustomer(customerId)) {
            throw new AccessDeniedException("Not your customer");
        }
        var customer = writing ? customers.lockForChange(customerId) : customers.require(customerId);
        var checklist = new Checklist(steps.findByCustomerId(customerId), overrides.findByCustomerId(customerId),
                now().minus(settings.staleClaimAfter()), pastedCredentials);
        return new ChecklistChange(this, user, customer, checklist);
    }

    Instant now() {
        return clock.instant();
    }
}
