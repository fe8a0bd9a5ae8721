package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.OpsOrAdminOnCustomer;
import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepDefinition;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The onboarding checklist as the page and other features use it: the page record, the manual commands, and
 * the AWS actions and checks. AWS work starts here on the caller's thread, which fixes the customer and the
 * credentials at the click (pasted ones first, otherwise the platform role), and runs in the background; its
 * future always completes with results, an error id among them when the console itself failed.
 */
@Service
public class ChecklistService {

    private final ChecklistPages pages;
    private final StepCommands commands;
    private final AwsRuns runs;
    private final BackgroundCalls background;
    private final CredentialsService credentials;
    private final CustomerChanges changes;

    ChecklistService(ChecklistPages pages, StepCommands commands, AwsRuns runs, BackgroundCalls background,
            CredentialsService credentials, CustomerChanges changes) {
        this.pages = pages;
        this.commands = commands;
        this.runs = runs;
        this.background = background;
        this.credentials = credentials;
        this.changes = changes;
    }

    /** What the checklist page shows the current user; reads the database only. */
    @CustomerVisible
    public ChecklistPage page(long customerId) {
        return pages.page(customerId, credentials.target(customerId).credentials() != null);
    }

    /** The latest transitions, notes and AWS answers of one step, for its details. */
    @CustomerVisible
    public List<StepEvent> history(long customerId, StepCode code) {
        return pages.history(customerId, code);
    }

    /**
     * Tells {@code onChange} the id of every customer that changed, on the thread that announces it: the listener
     * must only note it and hand any work off.
     */
    @SignedIn
    public CustomerChanges.Subscription watch(LongConsumer onChange) {
        return changes.subscribe(onChange);
    }

    @CustomerVisible
    public void confirm(long customerId, StepCode code, long seenVersion, @Nullable String note) {
        confirm(customerId, code, seenVersion, note, null);
    }

    /** Confirms a step that asks for a value ({@link StepDefinition#input()}) with the value given. */
    @CustomerVisible
    public void confirm(long customerId, StepCode code, long seenVersion, @Nullable String note,
            @Nullable String input) {
        commands.confirm(customerId, code, seenVersion, note, input);
    }

    @CustomerVisible
    public void skip(long customerId, StepCode code, long seenVersion, @Nullable String reason) {
        commands.skip(customerId, code, seenVersion, reason);
    }

    @CustomerVisible
    public void reopen(long customerId, StepCode code, long seenVersion, @Nullable String reason) {
        commands.reopen(customerId, code, seenVersion, reason);
    }

    @CustomerVisible
    public void addNote(long customerId, StepCode code, @Nullable String note) {
        commands.addNote(customerId, code, note, false);
    }

    /** A note for the reseller's staff only: the customer's people never see it. */
    @StaffOnly
    public void addInternalNote(long customerId, StepCode code, @Nullable String note) {
        commands.addNote(customerId, code, note, true);
    }

    @OpsOrAdminOnCustomer
    public void overrideGate(long customerId, int phase, @Nullable String reason) {
        commands.overrideGate(customerId, phase, reason);
    }

    /**
     * Runs (or retries) a step's AWS action. The step is claimed now, so a refusal (someone else's claim, a
     * stale page, a bad tax registration) is thrown at once; the AWS call and its outcome follow in the
     * background.
     */
    @OpsOrAdminOnCustomer
    public CompletableFuture<StepResult> run(long customerId, StepCode code, long seenVersion,
            @Nullable TaxRegistration registration) {
        return runAs(credentials.target(customerId), customerId, code, seenVersion, registration);
    }

    /** As {@link #run}, for work that holds pasted credentials outside a user's session (demo data). */
    @OpsOrAdminOnCustomer
    public CompletableFuture<StepResult> run(long customerId, StepCode code, long seenVersion,
            @Nullable TaxRegistration registration, TemporaryCredentials pasted) {
        return runAs(withCredentials(customerId, pasted), customerId, code, seenVersion, registration);
    }

    private CompletableFuture<StepResult> runAs(AwsTarget target, long customerId, StepCode code, long seenVersion,
            @Nullable TaxRegistration registration) {
        var claim = runs.claim(customerId, code, seenVersion, target, registration);
        return background.start("run-" + code, () -> runs.settle(claim, runs.call(claim)),
                errorId -> runs.settleFailure(claim, errorId));
    }

    /** Asks AWS whether a step is as it should be; a verified open step is completed. */
    @CustomerVisible
    public CompletableFuture<List<StepResult>> verify(long customerId, StepCode code) {
        return verify(customerId, code, StepProgress.NONE);
    }

    /** As {@link #verify(long, StepCode)}, telling {@code progress} what the check waits for meanwhile. */
    @CustomerVisible
    public CompletableFuture<List<StepResult>> verify(long customerId, StepCode code, StepProgress progress) {
        return verifyAs(credentials.target(customerId), customerId, List.of(code), true, progress);
    }

    /** Verifies every automated step this user may check, at once (bounded), and records all outcomes together. */
    @CustomerVisible
    public CompletableFuture<List<StepResult>> verifyAll(long customerId) {
        return verifyAll(customerId, StepProgress.NONE);
    }

    /** As {@link #verifyAll(long)}, telling {@code progress} what the checks wait for meanwhile. */
    @CustomerVisible
    public CompletableFuture<List<StepResult>> verifyAll(long customerId, StepProgress progress) {
        return verifyAs(credentials.target(customerId), customerId, automated(), false, progress);
    }

    /** As {@link #verifyAll(long)}, with pasted credentials held outside a user's session. */
    @OpsOrAdminOnCustomer
    public CompletableFuture<List<StepResult>> verifyAll(long customerId, TemporaryCredentials pasted) {
        return verifyAs(withCredentials(customerId, pasted), customerId, automated(), false, StepProgress.NONE);
    }

    private CompletableFuture<List<StepResult>> verifyAs(AwsTarget target, long customerId, List<StepCode> codes,
            boolean explicit, StepProgress progress) {
        return background.start("verify-" + customerId,
                () -> runs.verify(customerId, codes, target, explicit, progress),
                errorId -> runs.checkFailures(customerId, codes, errorId));
    }

    /** Settles a claim whose call never reported back (the console stopped during it) by asking AWS. */
    @OpsOrAdminOnCustomer
    public CompletableFuture<List<StepResult>> settle(long customerId, StepCode code) {
        var target = credentials.target(customerId);
        return background.start("settle-" + code, () -> runs.settleStale(customerId, code, target),
                errorId -> runs.checkFailures(customerId, List.of(code), errorId));
    }

    /** The target of pasted credentials: the same rule as the session's, pasted credentials before the role. */
    private AwsTarget withCredentials(long customerId, TemporaryCredentials pasted) {
        var target = credentials.target(customerId);
        return new AwsTarget(target.accountId(), target.externalId(), target.actingUser(), pasted);
    }

    private static List<StepCode> automated() {
        return StepCatalog.STEPS.stream().filter(d -> d.automation() != null).map(StepDefinition::code).toList();
    }
}
