package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.CallProgress;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.base.domain.ErrorId;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklist's AWS round trips, made outside any transaction: a claimed action's call, and checks a few at a
 * time. Every failure becomes a result a person can act on, never an exception.
 */
final class AwsCalls {

    /** A check's outcome with the organization's management account, when the check learned it. */
    record Checked(StepResult result, @Nullable String managementAccount) {
    }

    private static final Logger log = LoggerFactory.getLogger(AwsCalls.class);

    private final StepAutomations automations;
    private final int concurrency;

    AwsCalls(StepAutomations automations, int concurrency) {
        this.automations = automations;
        this.concurrency = concurrency;
    }

    /** The action of the step, with the registration the tax step sets. */
    StepResult act(StepCode code, Automation automation, AwsTarget target, @Nullable TaxRegistration registration) {
        return roundTrip(code, target, StepProgress.NONE,
                () -> StepAutomations.Check.of(automations.run(automation, target, registration))).result();
    }

    /** Asks AWS whether each step is as it should be, at most the configured number of checks at once. */
    List<Checked> check(List<StepCode> codes, AwsTarget target, Customer customer, StepProgress progress) {
        return BoundedParallel.map(codes, concurrency, code -> roundTrip(code, target, progress,
                () -> automations.verify(Objects.requireNonNull(StepCatalog.get(code).automation()), target,
                        customer)));
    }

    private static Checked roundTrip(StepCode code, AwsTarget target, StepProgress progress,
            Supplier<StepAutomations.Check> call) {
        try {
            var check = CallProgress.reportingTo(text -> progress.report(code, text), call);
            var facts = check.organization();
            var outcome = check.result();
            // Pending is AWS not having decided yet: no mismatch, and the next verification asks again.
            return new Checked(new StepResult(code, outcome.ok() ? VerificationState.VERIFIED : outcome.pending()
                    ? VerificationState.UNVERIFIED : VerificationState.MISMATCH, outcome.message()),
                    facts == null ? null : facts.masterAccountId());
        } catch (AwsCallException e) {
            // AWS's answer names the reseller's hosts and ARNs: the log and staff get it under the error id.
            var errorId = ErrorId.next();
            log.warn("AWS call {} for step {} of account {} failed ({}), error id {}: {}", e.operation(), code,
                    target.accountId(), e.reason(), errorId, e.awsAnswer());
            return new Checked(new StepResult(code, VerificationState.ERROR, e.getMessage() + " (Error id " + errorId
                    + ".)", null, e.awsAnswer() == null ? null : "Error id " + errorId + ": AWS answered "
                    + e.operation() + " with " + e.awsAnswer(), e.awsCode()), null);
        } catch (RuntimeException e) {
            var errorId = ErrorId.next();
            log.error("AWS call for step {} of account {} failed unexpectedly, error id {}", code, target.accountId(),
                    errorId, e);
            return new Checked(new StepResult(code, VerificationState.ERROR, "The AWS call failed unexpectedly (error"
                    + " id " + errorId + "). Retry the step; if it fails again, give the error id to the console's"
                    + " administrators.", errorId), null);
        }
    }
}
