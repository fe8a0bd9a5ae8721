package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AwsCallException;
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
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void failedActionKeepsItsErrorAndIsRetriedAlone() {
        checklists.overrideGate(customer.id(), 2, "testing");
        checklists.overrideGate(customer.id(), 3, "testing");
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);
        var failed = checklists.runAction(customer.id(), "3.5", version("3.5"), pasted(), null);
        assertThat(failed.ok()).isFalse();
        var step = checklists.load(customer.id()).checklist().step("3.5");
        assertThat(step.getStatus()).isEqualTo(StepStatus.FAILED);
        assertThat(step.getVerification()).isEqualTo(VerificationState.ERROR);
        assertThat(step.getMessage()).isNotBlank();
        assertThat(customerRepository.findById(customer.id()).orElseThrow().getFailedSteps()).isEqualTo(1);
        var retried = checklists.runAction(customer.id(), "3.5", version("3.5"), pasted(), null);
        assertThat(retried.ok()).as(retried.message()).isTrue();
        assertThat(status("3.5")).isEqualTo(StepStatus.DONE);
        assertThat(customerRepository.findById(customer.id()).orElseThrow().getFailedSteps()).isZero();
    }

    @Test
    void twentyParallelClicksMakeOneAwsCall() throws Exception {
        checklists.overrideGate(customer.id(), 2, "testing");
        long seen = version("2.4");
        double before = createRoleCalls();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                pool.execute(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    try {
                        start.await();
                        outcomes.add(checklists.runAction(customer.id(), "2.4", seen, pasted(), null).ok() ? "ran" : "fail");
                    } catch (StepConflictException e) {
                        outcomes.add(e.getMessage());
                    } catch (Exception e) {
                        outcomes.add("unexpected " + e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            start.countDown();
        }
        assertThat(outcomes).hasSize(20);
        assertThat(outcomes.stream().filter("ran"::equals)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.equals("ran")))
                .allSatisfy(o -> assertThat(o).matches("Step 2.4 (is already in progress by ops|was changed by ops).*"));
        assertThat(createRoleCalls() - before).isEqualTo(1);
        assertThat(audit.timeline(customer.id(), 100).stream()
                .filter(e -> "2.4".equals(e.getStepCode()) && "IN_PROGRESS".equals(e.getToState()))).hasSize(1);
    }

    @Test
    void callsInterruptedByAStoppedConsoleAreSettledByVerification() {
        checklists.overrideGate(customer.id(), 2, "testing");
        // The console stopped after claiming both steps; only the role had been created in AWS.
        var longAgo = Instant.now().minus(Duration.ofHours(1));
        claim("2.3", longAgo);
        claim("2.4", longAgo);
        roles.ensureBillingRole(new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops", pasted()));
        claim("3.5", Instant.now());

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

    private double createRoleCalls() {
        return meters.find("console.aws.calls").tag("operation", "CreateRole").timers().stream()
                .mapToDouble(Timer::count).sum();
    }
}
