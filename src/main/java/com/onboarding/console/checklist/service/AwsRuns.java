package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRules;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The AWS side of the checklist: an action claims its step IN_PROGRESS in one transaction, calls AWS outside
 * any transaction, and settles the step in another, if and only if its claim still holds. Checks read, call
 * and record the same way, without a claim.
 */
@Component
class AwsRuns {

    /** A won claim: the step is IN_PROGRESS under the token, and the call goes to the target. */
    record Claim(long customerId, StepCode code, String token, Automation automation, AwsTarget target,
            @Nullable TaxRegistration registration) {
    }

    private record Pending(Customer customer, AwsTarget target, List<StepCode> codes) {
    }

    /** A stale claim to settle, with the token it was made under (none for claims older than tokens). */
    private record Stale(Pending pending, @Nullable String token) {
    }

    private static final Logger log = LoggerFactory.getLogger(AwsRuns.class);

    private final ChecklistChanges changes;
    private final AwsCalls calls;
    private final TransactionTemplate tx;

    AwsRuns(ChecklistChanges changes, StepAutomations automations, AwsSettings awsSettings,
            PlatformTransactionManager transactions) {
        this.changes = changes;
        this.calls = new AwsCalls(automations, awsSettings.verificationConcurrency());
        this.tx = new TransactionTemplate(transactions);
    }

    /** Claims a step for its action; a second click by anyone, on any instance, is refused here. */
    Claim claim(long customerId, StepCode code, long seenVersion, AwsTarget target,
            @Nullable TaxRegistration registration) {
        var automation = Objects.requireNonNull(StepCatalog.get(code).automation(), "step has no automation");
        var checkedRegistration = automation == Automation.TAX_REGISTRATION ? checked(registration) : null;
        return inTransaction(() -> {
            var change = changes.begin(customerId);
            var step = change.checklist.step(code);
            var from = step.getStatus();
            change.require(code, seenVersion, from == StepStatus.FAILED ? StepCommand.RETRY : StepCommand.RUN_ACTION);
            var token = UUID.randomUUID().toString();
            if (changes.steps.claim(customerId, code, seenVersion, change.user.getUsername(), changes.now(),
                    token) != 1) {
                throw change.conflict(changes.steps.findByCustomerIdAndCode(customerId, code).orElseThrow());
            }
            change.claimed(code, from);
            return new Claim(customerId, code, token, automation, target, checkedRegistration);
        });
    }

    /** The claimed action's AWS calls, outside any transaction. */
    StepResult call(Claim claim) {
        return calls.act(claim.code(), claim.automation(), claim.target(), claim.registration());
    }

    /** Records the outcome, unless the step was settled or claimed again since: a late answer changes nothing. */
    StepResult settle(Claim claim, StepResult result) {
        return inTransaction(() -> {
            var change = changes.begin(claim.customerId());
            var step = change.checklist.step(claim.code());
            if (!step.isClaimedBy(claim.token())) {
                log.info("Late outcome of step {} of customer {} not recorded: the step was settled or claimed"
                        + " again meanwhile", claim.code(), claim.customerId());
                return result.withMessage(result.message()
                        + " (Not recorded: the step was settled or started again meanwhile.)");
            }
            change.recordCheck(step, result, null);
            var registration = claim.registration();
            if (result.ok() && registration != null) {
                change.taxRegistrationSet(registration.registrationId(), registration.legalName());
            }
            change.transition(step, result.ok() ? StepStatus.DONE : StepStatus.FAILED, result.message());
            change.finish();
            return result;
        });
    }

    /** The action failed inside the console: the step fails with the error id, if the database takes it. */
    StepResult settleFailure(Claim claim, String errorId) {
        var failed = new StepResult(claim.code(), VerificationState.ERROR, consoleFailure(errorId), errorId);
        try {
            return settle(claim, failed);
        } catch (RuntimeException e) {
            log.error("Could not record the failure (error id {}) of step {} of customer {}", errorId, claim.code(),
                    claim.customerId(), e);
            return failed;
        }
    }

    /** Asks AWS whether the steps are as they should be; a verified open step of an open phase is completed. */
    List<StepResult> verify(long customerId, List<StepCode> codes, AwsTarget target, boolean explicit,
            StepProgress progress) {
        var pending = inTransaction(() -> {
            var change = changes.read(customerId, target.credentials() != null);
            var allowed = new ArrayList<StepCode>();
            for (var code : codes) {
                if (change.checklist.allowed(code, change.user.role()).contains(StepCommand.VERIFY)) {
                    allowed.add(code);
                } else if (explicit) {
                    change.refuseUnlessAllowed(code, StepCommand.VERIFY);
                }
            }
            return new Pending(change.customer, target, allowed);
        });
        var checked = calls.check(pending.codes(), pending.target(), pending.customer(), progress);
        inTransaction(() -> {
            var change = changes.begin(customerId);
            for (var check : checked) {
                var step = change.checklist.step(check.result().code());
                if (step.getStatus() == StepStatus.IN_PROGRESS) {
                    continue;
                }
                change.recordCheck(step, check.result(), check.managementAccount());
                if (check.result().ok() && step.getStatus().isOpen()
                        && change.checklist.isPhaseOpen(step.definition().phase())) {
                    change.transition(step, StepStatus.DONE, "Verified: " + check.result().message());
                }
            }
            change.finish();
            return null;
        });
        return checked.stream().map(AwsCalls.Checked::result).toList();
    }

    /** Settles a claim whose call never reported back (the console stopped mid-call) by asking AWS. */
    List<StepResult> settleStale(long customerId, StepCode code, AwsTarget target) {
        var stale = inTransaction(() -> {
            var change = changes.read(customerId);
            change.refuseUnlessAllowed(code, StepCommand.SETTLE);
            return new Stale(new Pending(change.customer, target, List.of(code)),
                    change.checklist.step(code).getClaimToken());
        });
        var pending = stale.pending();
        var check = calls.check(pending.codes(), pending.target(), pending.customer(), StepProgress.NONE)
                .getFirst();
        var result = check.result();
        inTransaction(() -> {
            var change = changes.begin(customerId);
            var step = change.checklist.step(code);
            if (!step.isClaimedBy(stale.token())) {
                return null;
            }
            change.recordCheck(step, result, check.managementAccount());
            change.transition(step, result.ok() ? StepStatus.DONE : StepStatus.FAILED,
                    "The console stopped during the AWS call. " + (result.ok()
                            ? "AWS shows the step done." : "Retry the step: " + result.message()));
            change.finish();
            return null;
        });
        return List.of(result);
    }

    /** Checks that failed inside the console: each step shows the error id, if the database takes it. */
    List<StepResult> checkFailures(long customerId, List<StepCode> codes, String errorId) {
        var failed = codes.stream()
                .map(code -> new StepResult(code, VerificationState.ERROR, consoleFailure(errorId), errorId)).toList();
        try {
            inTransaction(() -> {
                var change = changes.begin(customerId);
                for (var result : failed) {
                    var step = change.checklist.step(result.code());
                    if (step.getStatus() != StepStatus.IN_PROGRESS) {
                        change.recordCheck(step, result, null);
                    }
                }
                change.finish();
                return null;
            });
        } catch (RuntimeException e) {
            log.error("Could not record the failed checks (error id {}) of customer {}", errorId, customerId, e);
        }
        return failed;
    }

    private static String consoleFailure(String errorId) {
        return "The console could not finish this AWS call and record its outcome (error id " + errorId + ")."
                + " Check the step in AWS or try again; if it fails again, give the error id to the administrators.";
    }

    private static TaxRegistration checked(@Nullable TaxRegistration registration) {
        if (registration == null) {
            throw new InvalidInputException(
                    "Enter the registration type, id and legal address to set the tax profile, or confirm the"
                            + " step by hand.");
        }
        return TaxRules.checked(registration);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
