package com.onboarding.console.checklist.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.base.domain.CountryCode;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.Checklist;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.PhaseCompleted;
import com.onboarding.console.checklist.domain.PhaseGateOverride;
import com.onboarding.console.checklist.domain.PhaseGateOverrideRepository;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepCompleted;
import com.onboarding.console.checklist.domain.StepKind;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerCreated;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The onboarding checklist: every step transition, gate override, note and AWS call goes through here, is
 * checked against the rules of {@link Checklist} and lands in the audit trail in the same transaction.
 * AWS calls run outside any transaction, between an IN_PROGRESS claim and the recorded outcome.
 */
@Service
public class ChecklistService {

    private static final Logger log = LoggerFactory.getLogger(ChecklistService.class);
    private static final int REASON_MAX = PhaseGateOverride.REASON_MAX;

    private final CustomerStepRepository steps;
    private final PhaseGateOverrideRepository overrides;
    private final CustomerRepository customers;
    private final StepAutomations automations;
    private final AuditService audit;
    private final CustomerChanges changes;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final MeterRegistry meters;
    private final ChecklistSettings settings;
    private final AwsSettings awsSettings;
    private final TransactionTemplate tx;
    private final Clock clock;

    ChecklistService(CustomerStepRepository steps, PhaseGateOverrideRepository overrides,
            CustomerRepository customers, StepAutomations automations, AuditService audit, CustomerChanges changes,
            ApplicationEventPublisher events, CurrentUser currentUser, MeterRegistry meters,
            ChecklistSettings settings, AwsSettings awsSettings, PlatformTransactionManager transactions,
            Clock clock) {
        this.steps = steps;
        this.overrides = overrides;
        this.customers = customers;
        this.automations = automations;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.currentUser = currentUser;
        this.meters = meters;
        this.settings = settings;
        this.awsSettings = awsSettings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every new customer gets the sixteen steps in the transaction that creates it. */
    @EventListener
    void createSteps(CustomerCreated created) {
        steps.saveAll(StepCatalog.STEPS.stream().map(d -> new CustomerStep(created.customerId(), d.code())).toList());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public ChecklistPage load(long customerId) {
        var customer = customers.findById(customerId).orElseThrow(() -> noSuchCustomer(customerId));
        return new ChecklistPage(customer, checklistOf(customerId));
    }

    /** Marks a step done by hand; an AWS-checked step then shows "confirmed, not yet verified". */
    @Transactional
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public void confirm(long customerId, String code, long seenVersion, @Nullable String note) {
        var change = begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.CONFIRM);
        var text = TextInput.optionalLines("Note", note, CustomerStep.MESSAGE_MAX - 100);
        var message = step.definition().kind() != StepKind.MANUAL && step.getVerification() != VerificationState.VERIFIED
                ? join("Confirmed by " + change.user.getUsername() + ", not yet verified.", text)
                : text;
        change.transition(step, StepStatus.DONE, message);
        change.finish();
    }

    @Transactional
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public void skip(long customerId, String code, long seenVersion, @Nullable String reason) {
        var change = begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.SKIP);
        change.transition(step, StepStatus.SKIPPED, TextInput.requiredLines("Reason", reason, REASON_MAX));
        change.finish();
    }

    @Transactional
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public void reopen(long customerId, String code, long seenVersion, @Nullable String reason) {
        var change = begin(customerId);
        var step = change.require(code, seenVersion, StepCommand.REOPEN);
        change.transition(step, StepStatus.TODO, "Reopened: " + TextInput.requiredLines("Reason", reason, REASON_MAX));
        change.finish();
    }

    /** Notes are open to everyone who sees the customer, CSMs included; they go to the step and the trail. */
    @Transactional
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public void addNote(long customerId, String code, @Nullable String note) {
        var change = begin(customerId);
        var step = change.checklist.step(code);
        var text = TextInput.requiredLines("Note", note, CustomerStep.MESSAGE_MAX - 100);
        audit.record(new AuditService.Event(change.user.getUsername(), AuditAction.STEP_NOTE, customerId,
                change.customer.getName(), step.getCode(), null, null, text, null));
        change.customer.touch(clock.instant());
        changes.publish(customerId);
    }

    @Transactional
    @PreAuthorize("@access.canSeeCustomer(#customerId) and hasAnyRole('OPS', 'ADMIN')")
    public void overrideGate(long customerId, int phase, @Nullable String reason) {
        var change = begin(customerId);
        if (!change.checklist.canOverrideGate(phase, change.user.role())) {
            throw new StepConflictException("Phase " + phase + " is already open.");
        }
        var text = TextInput.requiredLines("Reason", reason, REASON_MAX);
        overrides.save(new PhaseGateOverride(customerId, phase, change.user.getUsername(), clock.instant(), text));
        audit.record(new AuditService.Event(change.user.getUsername(), AuditAction.GATE_OVERRIDE, customerId,
                change.customer.getName(), null, "phase " + phase + " closed", "phase " + phase + " open", text,
                null));
        change.finish();
    }

    /**
     * Runs (or retries) a step's AWS action. The step is claimed IN_PROGRESS in the database first, so a
     * second click by anyone, on any instance, gets "already in progress" instead of a second AWS call.
     */
    @PreAuthorize("@access.canSeeCustomer(#customerId) and hasAnyRole('OPS', 'ADMIN')")
    public StepResult runAction(long customerId, String code, long seenVersion,
            @Nullable TemporaryCredentials credentials, @Nullable TaxRegistration registration) {
        var automation = Objects.requireNonNull(StepCatalog.get(code).automation(), "step has no automation");
        var checkedRegistration = automation == Automation.TAX_REGISTRATION ? checked(registration) : null;
        var claimed = inTransaction(() -> {
            var change = begin(customerId);
            var step = change.checklist.step(code);
            var command = step.getStatus() == StepStatus.FAILED ? StepCommand.RETRY : StepCommand.RUN_ACTION;
            change.require(code, seenVersion, command);
            if (steps.claim(customerId, code, seenVersion, change.user.getUsername(), clock.instant()) != 1) {
                throw change.conflict(steps.findByCustomerIdAndCode(customerId, code).orElseThrow());
            }
            audit.record(new AuditService.Event(change.user.getUsername(), AuditAction.STEP_TRANSITION, customerId,
                    change.customer.getName(), code, step.getStatus().name(), StepStatus.IN_PROGRESS.name(),
                    "AWS action started", null));
            changes.publish(customerId);
            return target(change.customer, credentials);
        });
        var result = callAws(code, claimed, () -> automations.run(automation, claimed, checkedRegistration));
        inTransaction(() -> {
            var change = begin(customerId);
            var step = change.checklist.step(code);
            if (step.getStatus() != StepStatus.IN_PROGRESS) {
                return null;
            }
            step.recordVerification(result.verification(), clock.instant(), result.message());
            change.recordAwsCall(code, result);
            change.transition(step, result.ok() ? StepStatus.DONE : StepStatus.FAILED, result.message());
            change.finish();
            return null;
        });
        return result;
    }

    /** Asks AWS whether a step is as it should be; a verified open step is completed. */
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public StepResult verify(long customerId, String code, @Nullable TemporaryCredentials credentials) {
        return verifySteps(customerId, List.of(code), credentials, true).getFirst();
    }

    /** Verifies every automated step of the customer at once (bounded), then records all outcomes together. */
    @PreAuthorize("@access.canSeeCustomer(#customerId)")
    public List<StepResult> verifyAll(long customerId, @Nullable TemporaryCredentials credentials) {
        var codes = StepCatalog.STEPS.stream().filter(d -> d.automation() != null).map(d -> d.code()).toList();
        return verifySteps(customerId, codes, credentials, false);
    }

    /** Settles IN_PROGRESS claims of calls that never reported back (the console stopped mid-call). */
    @PreAuthorize("@access.canSeeCustomer(#customerId) and hasAnyRole('OPS', 'ADMIN')")
    public List<StepResult> resolveStaleClaims(long customerId, @Nullable TemporaryCredentials credentials) {
        var stale = inTransaction(() -> {
            var before = clock.instant().minus(settings.staleClaimAfter());
            var page = load(customerId);
            var codes = page.checklist().steps().stream()
                    .filter(s -> s.getStatus() == StepStatus.IN_PROGRESS && s.getClaimedAt() != null
                            && s.getClaimedAt().isBefore(before))
                    .map(CustomerStep::getCode).toList();
            return new Pending(page.customer(), target(page.customer(), credentials), codes);
        });
        var results = checkAll(stale);
        inTransaction(() -> {
            var change = begin(customerId);
            for (var result : results) {
                var step = change.checklist.step(result.code());
                if (step.getStatus() != StepStatus.IN_PROGRESS) {
                    continue;
                }
                step.recordVerification(result.verification(), clock.instant(), result.message());
                change.transition(step, result.ok() ? StepStatus.DONE : StepStatus.FAILED,
                        "The console stopped during the AWS call. " + (result.ok()
                                ? "AWS shows the step done." : "Retry the step: " + result.message()));
            }
            change.finish();
            return null;
        });
        return results;
    }

    private List<StepResult> verifySteps(long customerId, List<String> codes,
            @Nullable TemporaryCredentials credentials, boolean explicit) {
        var pending = inTransaction(() -> {
            var change = begin(customerId, false);
            var allowed = new ArrayList<String>();
            for (var code : codes) {
                var step = change.checklist.step(code);
                if (change.checklist.allowed(code, change.user.role()).contains(StepCommand.VERIFY)) {
                    allowed.add(code);
                } else if (explicit) {
                    change.refuse(step, StepCommand.VERIFY);
                }
            }
            return new Pending(change.customer, target(change.customer, credentials), allowed);
        });
        var results = checkAll(pending);
        inTransaction(() -> {
            var change = begin(customerId);
            for (var result : results) {
                var step = change.checklist.step(result.code());
                if (step.getStatus() == StepStatus.IN_PROGRESS) {
                    continue;
                }
                step.recordVerification(result.verification(), clock.instant(), result.message());
                change.recordAwsCall(result.code(), result);
                if (result.ok() && step.getStatus().isOpen()
                        && change.checklist.isPhaseOpen(step.definition().phase())) {
                    change.transition(step, StepStatus.DONE, "Verified: " + result.message());
                }
            }
            change.finish();
            return null;
        });
        return results;
    }

    private List<StepResult> checkAll(Pending pending) {
        return BoundedParallel.map(pending.codes, awsSettings.verificationConcurrency(), code -> callAws(code, pending.target,
                () -> automations.verify(Objects.requireNonNull(StepCatalog.get(code).automation()), pending.target,
                        pending.customer)));
    }

    /** One AWS round trip; every failure becomes a message a person can act on, never an exception. */
    private StepResult callAws(String code, AwsTarget target, Supplier<AwsResult> call) {
        try {
            var result = call.get();
            return new StepResult(code, result.ok() ? VerificationState.VERIFIED : VerificationState.MISMATCH,
                    result.message());
        } catch (AwsCallException e) {
            return new StepResult(code, VerificationState.ERROR, e.getMessage());
        } catch (RuntimeException e) {
            var reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("AWS call for step {} of account {} failed unexpectedly [{}]", code, target.accountId(),
                    reference, e);
            return new StepResult(code, VerificationState.ERROR,
                    "The AWS call failed unexpectedly (reference " + reference + "). Retry the step; if it fails"
                            + " again, give the reference to the console's administrators.");
        }
    }

    private static TaxRegistration checked(@Nullable TaxRegistration registration) {
        if (registration == null) {
            throw new InvalidInputException("Tax registration",
                    "Enter the registration type, id and legal address to set the tax profile, or confirm the"
                            + " step by hand.");
        }
        var country = CountryCode.parse("Country", registration.countryCode());
        return new TaxRegistration(TextInput.required("Registration type", registration.registrationType(), 40),
                TextInput.required("Registration id", registration.registrationId(), 60),
                TextInput.required("Legal name", registration.legalName(), 200),
                TextInput.required("Address", registration.addressLine1(), 180),
                TextInput.required("City", registration.city(), 50),
                TextInput.optional("Postal code", registration.postalCode(), 20), country);
    }

    private AwsTarget target(Customer customer, @Nullable TemporaryCredentials credentials) {
        return new AwsTarget(customer.getAccountId(), customer.getExternalId(), currentUser.name(), credentials);
    }

    private Checklist checklistOf(long customerId) {
        return new Checklist(steps.findByCustomerId(customerId), overrides.findByCustomerId(customerId));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private Change begin(long customerId) {
        return begin(customerId, true);
    }

    /** Starts a change of one customer's checklist; a writing change locks the customer against others. */
    private Change begin(long customerId, boolean writing) {
        var user = currentUser.require();
        if (!user.canSeeCustomer(customerId)) {
            throw new AccessDeniedException("Not your customer");
        }
        var customer = (writing ? customers.lockById(customerId) : customers.findById(customerId))
                .orElseThrow(() -> noSuchCustomer(customerId));
        return new Change(user, customer, checklistOf(customerId));
    }

    private static InvalidInputException noSuchCustomer(long customerId) {
        return new InvalidInputException("Customer", "There is no customer " + customerId + ".");
    }

    private static String join(String first, @Nullable String second) {
        return second == null ? first : first + " " + second;
    }

    private record Pending(Customer customer, AwsTarget target, List<String> codes) {
    }

    /** One transaction's changes to a customer's checklist, with what they entail: audit, progress, events. */
    private final class Change {

        final AppUserPrincipal user;
        final Customer customer;
        final Checklist checklist;
        private final boolean phaseOneWasComplete;

        Change(AppUserPrincipal user, Customer customer, Checklist checklist) {
            this.user = user;
            this.customer = customer;
            this.checklist = checklist;
            this.phaseOneWasComplete = checklist.isPhaseComplete(1);
        }

        CustomerStep require(String code, long seenVersion, StepCommand command) {
            var step = checklist.step(code);
            requireRole(step, command);
            if (step.getVersion() != seenVersion || step.getStatus() == StepStatus.IN_PROGRESS) {
                throw conflict(step);
            }
            if (!checklist.allowed(code, user.role()).contains(command)) {
                refuse(step, command);
            }
            return step;
        }

        /** Refuses a command this user's role may never give on this step, whatever its state. */
        void requireRole(CustomerStep step, StepCommand command) {
            var definition = step.definition();
            var role = user.role();
            boolean mayAct = role == Role.ADMIN || role == definition.owner()
                    || (definition.isCustomerStep() && role == Role.OPS);
            boolean staffOnly = command == StepCommand.RUN_ACTION || command == StepCommand.RETRY
                    || command == StepCommand.REOPEN;
            if (!mayAct || staffOnly && role != Role.OPS && role != Role.ADMIN) {
                throw new AccessDeniedException("You may not " + command.label().toLowerCase() + " step "
                        + step.getCode() + ".");
            }
        }

        void refuse(CustomerStep step, StepCommand command) {
            requireRole(step, command);
            var definition = step.definition();
            if (!checklist.isPhaseOpen(definition.phase())) {
                throw new InvalidInputException("Phase", "Phase " + definition.phase() + " opens when phase "
                        + (definition.phase() - 1) + " is complete; OPS may override the gate with a reason.");
            }
            throw new StepConflictException("Step " + step.getCode() + " is " + step.getStatus().label().toLowerCase()
                    + ": it cannot be " + pastTense(command) + " now.");
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
            step.transition(to, user.getUsername(), clock.instant(), message);
            audit.record(new AuditService.Event(user.getUsername(), AuditAction.STEP_TRANSITION, customer.id(),
                    customer.getName(), step.getCode(), from.name(), to.name(), message, null));
            meters.counter("console.step.transitions", "step", step.getCode(), "status", to.name()).increment();
            if (to.isComplete()) {
                events.publishEvent(new StepCompleted(customer.id(), step.getCode(), user.getUsername()));
            }
        }

        void recordAwsCall(String code, StepResult result) {
            audit.record(new AuditService.Event(user.getUsername(), AuditAction.AWS_CALL, customer.id(),
                    customer.getName(), code, null, result.verification().name(), result.message(), null));
        }

        /** Updates the customer's progress summary and tells everyone watching. */
        void finish() {
            steps.flush();
            var progress = checklist.progress();
            customer.recordProgress(progress, clock.instant());
            if (!phaseOneWasComplete && checklist.isPhaseComplete(1)) {
                events.publishEvent(new PhaseCompleted(customer.id(), 1, user.getUsername()));
            }
            changes.publish(customer.id());
        }

        private static String pastTense(StepCommand command) {
            return switch (command) {
                case CONFIRM -> "confirmed";
                case SKIP -> "skipped";
                case REOPEN -> "reopened";
                case RUN_ACTION, RETRY -> "run";
                case VERIFY -> "verified";
                case ADD_NOTE -> "noted";
            };
        }
    }
}
