package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.customers.service.CustomerService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ChecklistServiceTest extends ConsoleTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository customerRepository;
    @Autowired
    AuditService audit;
    @Autowired
    SandboxAws sandbox;
    @Autowired
    MeterRegistry meters;
    @Autowired
    CustomerStepRepository steps;
    @Autowired
    RolePort roles;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        runAs("ops");
        customer = fixture().customer("Checklist Co");
    }

    /** Credentials an OPS user pastes before the platform role exists. */
    private TemporaryCredentials pasted() {
        return sandbox.issueCredentials(customer.getAccountId());
    }

    private long version(String code) {
        return checklists.load(customer.id()).checklist().step(code).getVersion();
    }

    private StepStatus status(String code) {
        return checklists.load(customer.id()).checklist().step(code).getStatus();
    }

    private void confirmAll(String... codes) {
        for (var code : codes) {
            checklists.confirm(customer.id(), code, version(code), null);
        }
    }

    @Test
    void newCustomerHasSixteenOpenSteps() {
        var page = checklists.load(customer.id());
        assertThat(page.checklist().steps()).hasSize(16)
                .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(StepStatus.TODO));
        assertThat(audit.timeline(customer.id(), 10)).extracting(e -> e.getAction()).contains("CUSTOMER_CREATED");
    }

    @Test
    void confirmedAwsStepIsNotYetVerifiedAndAudited() {
        confirmAll("1.1");
        var step = checklists.load(customer.id()).checklist().step("1.1");
        assertThat(step.getStatus()).isEqualTo(StepStatus.DONE);
        assertThat(step.getMessage()).contains("Confirmed by ops, not yet verified");
        assertThat(step.getChangedBy()).isEqualTo("ops");
        assertThat(audit.timeline(customer.id(), 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("STEP_TRANSITION");
            assertThat(e.getStepCode()).isEqualTo("1.1");
            assertThat(e.getFromState()).isEqualTo("TODO");
            assertThat(e.getToState()).isEqualTo("DONE");
        });
        assertThat(customerRepository.findById(customer.id()).orElseThrow().getCompletedSteps()).isEqualTo(1);
    }

    @Test
    void staleVersionIsRefusedAndNothingChanges() {
        long seen = version("1.3");
        checklists.confirm(customer.id(), "1.3", seen, null);
        assertThatThrownBy(() -> checklists.skip(customer.id(), "1.3", seen, "not needed"))
                .isInstanceOf(StepConflictException.class).hasMessageContaining("changed by ops");
        assertThat(status("1.3")).isEqualTo(StepStatus.DONE);
    }

    @Test
    void phaseGateHoldsUntilOverriddenWithReason() {
        assertThatThrownBy(() -> checklists.confirm(customer.id(), "2.1", version("2.1"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Phase 2 opens when phase 1");
        assertThatThrownBy(() -> checklists.overrideGate(customer.id(), 2, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Reason is required");
        checklists.overrideGate(customer.id(), 2, "Customer confirmed by phone");
        confirmAll("2.1");
        assertThat(status("2.1")).isEqualTo(StepStatus.DONE);
        assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("GATE_OVERRIDE");
            assertThat(e.getMessage()).isEqualTo("Customer confirmed by phone");
        });
        assertThatThrownBy(() -> checklists.overrideGate(customer.id(), 2, "again"))
                .isInstanceOf(StepConflictException.class);
        runAs("csm");
        assertThatThrownBy(() -> checklists.overrideGate(customer.id(), 3, "csm tries"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completingPhaseOneOpensPhaseTwoAndWaitsOnOps() {
        checklists.skip(customer.id(), "1.2", version("1.2"), "Customer has an admin user already");
        confirmAll("1.1", "1.3", "1.4", "1.5");
        var page = checklists.load(customer.id());
        assertThat(page.checklist().isPhaseOpen(2)).isTrue();
        var stored = customerRepository.findById(customer.id()).orElseThrow();
        assertThat(stored.getCurrentPhase()).isEqualTo(2);
        assertThat(stored.getWaitingOn()).isEqualTo(WaitingOn.OPS);
        assertThat(stored.getCompletedSteps()).isEqualTo(5);
    }

    @Test
    void onlySkippableStepsAreSkippedAndOnlyWithAReason() {
        assertThatThrownBy(() -> checklists.skip(customer.id(), "1.2", version("1.2"), ""))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checklists.skip(customer.id(), "1.3", version("1.3"), "no"))
                .isInstanceOf(StepConflictException.class);
        assertThat(status("1.2")).isEqualTo(StepStatus.TODO);
    }

    @Test
    void reopenIsForOpsWithAReason() {
        var user = customerUser("reopen-" + customer.id(), customer.id());
        runAs(user.getUsername());
        confirmAll("1.1");
        assertThatThrownBy(() -> checklists.reopen(customer.id(), "1.1", version("1.1"), "wrong"))
                .isInstanceOf(AccessDeniedException.class);
        runAs("ops");
        checklists.reopen(customer.id(), "1.1", version("1.1"), "Account id was mistyped");
        assertThat(status("1.1")).isEqualTo(StepStatus.TODO);
    }

    @Test
    void csmOnlyAddsNotes() {
        runAs("csm");
        assertThatThrownBy(() -> checklists.confirm(customer.id(), "1.1", version("1.1"), null))
                .isInstanceOf(AccessDeniedException.class);
        checklists.addNote(customer.id(), "1.1", "Customer asked about the account id");
        assertThat(audit.timeline(customer.id(), 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("STEP_NOTE");
            assertThat(e.getActor()).isEqualTo("csm");
        });
    }

    @Test
    void customerUserSeesOnlyTheirOwnCustomer() {
        var other = fixture().customer("Other Co");
        var user = customerUser("tenant-" + customer.id(), customer.id());
        runAs(user.getUsername());
        assertThat(checklists.load(customer.id()).customer().getName()).isEqualTo(customer.getName());
        assertThatThrownBy(() -> checklists.load(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.confirm(other.id(), "1.1", 0, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.runAction(customer.id(), "2.3", 0, pasted(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void awsActionCreatesTheRoleAndVerificationConfirmsIt() {
        checklists.overrideGate(customer.id(), 2, "testing the action");
        var result = checklists.runAction(customer.id(), "2.3", version("2.3"), pasted(), null);
        assertThat(result.ok()).as(result.message()).isTrue();
        var step = checklists.load(customer.id()).checklist().step("2.3");
        assertThat(step.getStatus()).isEqualTo(StepStatus.DONE);
        assertThat(step.getVerification()).isEqualTo(VerificationState.VERIFIED);
        var check = checklists.verify(customer.id(), "2.3", pasted());
        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> assertThat(e.getAction()).isEqualTo("AWS_CALL"));
    }

    @Test
    void failedActionKeepsAwsWordsInItsStepAndTrailChangesNothingElseAndIsRetriedAlone() {
        checklists.overrideGate(customer.id(), 2, "testing");
        checklists.overrideGate(customer.id(), 3, "testing");
        var before = everythingBut("3.5");
        var callsBefore = awsCallsByOperation();
        var denied = "AWS denied s3:CreateBucket in account " + customer.getAccountId() + ": the credentials in use"
                + " lack this permission. Use credentials of an administrator of the account, or check the role's"
                + " policy.";
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);

        var failed = checklists.runAction(customer.id(), "3.5", version("3.5"), pasted(), null);

        assertThat(failed).isEqualTo(new StepResult("3.5", VerificationState.ERROR, denied));
        var step = checklists.load(customer.id()).checklist().step("3.5");
        assertThat(step.getStatus()).isEqualTo(StepStatus.FAILED);
        assertThat(step.getVerification()).isEqualTo(VerificationState.ERROR);
        assertThat(step.getMessage()).isEqualTo(denied);
        assertThat(step.getVerificationMessage()).isEqualTo(denied);
        assertThat(step.getChangedBy()).isEqualTo("ops");
        // Newest first: the claim, the AWS call and the failure, each once.
        assertThat(audit.timeline(customer.id(), 3)).extracting(e -> e.getAction(), e -> e.getStepCode(),
                        e -> e.getFromState(), e -> e.getToState(), e -> e.getMessage(), e -> e.getActor())
                .containsExactly(
                        tuple("STEP_TRANSITION", "3.5", "IN_PROGRESS", "FAILED", denied, "ops"),
                        tuple("AWS_CALL", "3.5", null, "ERROR", denied, "ops"),
                        tuple("STEP_TRANSITION", "3.5", "TODO", "IN_PROGRESS", "AWS action started", "ops"));
        assertThat(everythingBut("3.5")).as("every other step and the customer")
                .isEqualTo(before.with("failed steps", "1"));
        assertThat(awsCallsSince(callsBefore)).as("AWS calls of the failed run").containsOnlyKeys("s3:CreateBucket");

        var beforeRetry = everythingBut("3.5");
        var callsBeforeRetry = awsCallsByOperation();
        var retried = checklists.runAction(customer.id(), "3.5", version("3.5"), pasted(), null);

        assertThat(retried.ok()).as(retried.message()).isTrue();
        assertThat(status("3.5")).isEqualTo(StepStatus.DONE);
        assertThat(audit.timeline(customer.id(), 3)).extracting(e -> e.getAction(), e -> e.getFromState(),
                e -> e.getToState()).containsExactly(tuple("STEP_TRANSITION", "IN_PROGRESS", "DONE"),
                tuple("AWS_CALL", null, "VERIFIED"), tuple("STEP_TRANSITION", "FAILED", "IN_PROGRESS"));
        assertThat(everythingBut("3.5")).isEqualTo(beforeRetry.with("failed steps", "0"));
        assertThat(awsCallsSince(callsBeforeRetry).keySet()).as("the retry calls S3 for the bucket only")
                .allMatch(operation -> operation.startsWith("s3:")).contains("s3:CreateBucket");
    }

    /** The customer's fields and every step's state except one step, as text, and progress apart. */
    private Snapshot everythingBut(String code) {
        var page = checklists.load(customer.id());
        var c = page.customer();
        var fields = new java.util.TreeMap<String, String>();
        fields.put("customer", String.join("|", c.getName(), c.getAccountId(), String.valueOf(c.getCsmUserId()),
                c.getBillingCountry(), c.getRootEmail(), c.getExternalId(), String.valueOf(c.getPayerAccountId()),
                String.valueOf(c.getNotes()), String.valueOf(c.isArchived()), String.valueOf(c.getCurrentPhase()),
                c.getWaitingOn().name()));
        fields.put("failed steps", String.valueOf(c.getFailedSteps()));
        fields.put("completed steps but this one", String.valueOf(c.getCompletedSteps()
                - (page.checklist().step(code).getStatus().isComplete() ? 1 : 0)));
        for (var step : page.checklist().steps()) {
            if (!step.getCode().equals(code)) {
                fields.put(step.getCode(), String.join("|", step.getStatus().name(), step.getVerification().name(),
                        String.valueOf(step.getMessage()), String.valueOf(step.getVersion()),
                        String.valueOf(step.getChangedBy()), String.valueOf(step.getChangedAt())));
            }
        }
        return new Snapshot(fields);
    }

    private record Snapshot(java.util.SortedMap<String, String> fields) {
        Snapshot with(String key, String value) {
            var changed = new java.util.TreeMap<>(fields);
            changed.put(key, value);
            return new Snapshot(changed);
        }
    }

    private java.util.Map<String, Long> awsCallsByOperation() {
        var calls = new java.util.TreeMap<String, Long>();
        meters.find("console.aws.calls").timers().forEach(t -> calls.merge(t.getId().getTag("service") + ":"
                + t.getId().getTag("operation"), t.count(), Long::sum));
        return calls;
    }

    private java.util.Map<String, Long> awsCallsSince(java.util.Map<String, Long> before) {
        var since = new java.util.TreeMap<String, Long>();
        awsCallsByOperation().forEach((operation, count) -> {
            long more = count - before.getOrDefault(operation, 0L);
            if (more > 0) {
                since.put(operation, more);
            }
        });
        return since;
    }

    @Test
    void twentyParallelClicksMakeOneAwsCallAndTheOthersHearWhoHasIt() throws Exception {
        checklists.overrideGate(customer.id(), 2, "testing");
        long seen = version("2.4");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var refused = new CountDownLatch(19);
        var roleCalls = new AtomicInteger();
        // The one AWS call lasts until the 19 other clicks have been answered: all of them meet the claim.
        var holding = new HoldingRoles(roles, refused, roleCalls);
        var service = ChecklistServices.withAws(context, context.getBean(OrganizationPort.class),
                context.getBean(AccountSecurityPort.class), holding, context.getBean(ReportPort.class),
                context.getBean(TaxPort.class));
        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                pool.execute(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    try {
                        start.await();
                        outcomes.add(service.runAction(customer.id(), "2.4", seen, pasted(), null).ok() ? "ran"
                                : "fail");
                    } catch (StepConflictException e) {
                        outcomes.add(e.getMessage());
                        refused.countDown();
                    } catch (Exception e) {
                        outcomes.add("unexpected " + e);
                        refused.countDown();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            start.countDown();
        }
        assertThat(outcomes).hasSize(20);
        assertThat(outcomes.stream().filter("ran"::equals)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.equals("ran")).toList()).hasSize(19)
                .allSatisfy(o -> assertThat(o).isEqualTo("Step 2.4 is already in progress by ops."));
        assertThat(roleCalls).hasValue(1);
        assertThat(status("2.4")).isEqualTo(StepStatus.DONE);
        assertThat(audit.timeline(customer.id(), 100).stream()
                .filter(e -> "2.4".equals(e.getStepCode()) && "IN_PROGRESS".equals(e.getToState()))).hasSize(1);
    }

    /** The sandbox's roles, with 2.4's call held until every other click was refused, and counted. */
    private record HoldingRoles(RolePort roles, CountDownLatch refused, AtomicInteger calls) implements RolePort {

        @Override
        public AwsResult ensureBillingRole(AwsTarget target) {
            calls.incrementAndGet();
            try {
                assertThat(refused.await(30, TimeUnit.SECONDS)).as("19 clicks refused while the call runs").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return roles.ensureBillingRole(target);
        }

        @Override
        public AwsResult ensurePlatformRole(AwsTarget target) {
            return roles.ensurePlatformRole(target);
        }

        @Override
        public AwsResult checkPlatformRole(AwsTarget target) {
            return roles.checkPlatformRole(target);
        }

        @Override
        public AwsResult checkBillingRole(AwsTarget target) {
            return roles.checkBillingRole(target);
        }
    }

    @Test
    void callsInterruptedByAStoppedConsoleAreSettledByVerification() {
        checklists.overrideGate(customer.id(), 2, "testing");
        // The console stopped after claiming both steps; only the role had been created in AWS.
        var longAgo = clock.instant().minus(Duration.ofHours(1));
        claim("2.3", longAgo);
        claim("2.4", longAgo);
        roles.ensureBillingRole(new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops", pasted()));
        claim("3.5", clock.instant());

        var results = checklists.resolveStaleClaims(customer.id(), pasted());

        assertThat(results).extracting(StepResult::code).containsExactlyInAnyOrder("2.3", "2.4");
        var page = checklists.load(customer.id()).checklist();
        assertThat(page.step("2.3").getStatus()).isEqualTo(StepStatus.FAILED);
        assertThat(page.step("2.3").getMessage()).startsWith("The console stopped during the AWS call");
        assertThat(page.step("2.4").getStatus()).isEqualTo(StepStatus.DONE);
        assertThat(page.step("2.4").getMessage()).contains("AWS shows the step done");
        assertThat(page.step("3.5").getStatus()).as("a recent claim is still running").isEqualTo(StepStatus.IN_PROGRESS);
    }

    private void claim(String code, Instant at) {
        long seen = version(code);
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> assertThat(steps.claim(customer.id(), code, seen, "ops", at)).isEqualTo(1));
    }

    @Test
    void verifyAllRecordsEveryAutomatedStep() {
        var results = checklists.verifyAll(customer.id(), pasted());
        assertThat(results).extracting(StepResult::code)
                .containsExactlyInAnyOrder("1.1", "1.2", "1.3", "1.4", "2.2", "2.3", "2.4", "3.2", "3.4", "3.5", "3.6");
        var page = checklists.load(customer.id());
        assertThat(page.checklist().step("2.3").getVerificationAt()).isNotNull();
        // The sandbox account is its own organization's management account.
        assertThat(page.checklist().step("1.1").getVerification()).isEqualTo(VerificationState.VERIFIED);
        assertThat(page.checklist().step("1.1").getStatus()).isEqualTo(StepStatus.DONE);
    }

}
