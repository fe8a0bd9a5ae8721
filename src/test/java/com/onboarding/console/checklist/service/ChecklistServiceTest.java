package com.onboarding.console.checklist.service;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.ReportBucketPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TaxField;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.payer.domain.PayerType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class ChecklistServiceTest extends ConsoleTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    AwsRuns runs;
    @Autowired
    CustomerRepository customerRepository;
    @Autowired
    AuditService audit;
    @Autowired
    SandboxAws sandbox;
    @Autowired
    TaxPort tax;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RolePort roles;
    @Autowired
    JdbcTemplate jdbc;
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

    private AwsTarget pastedTarget() {
        return new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops", pasted());
    }

    private long version(String code) {
        return Steps.version(checklists, customer.id(), code);
    }

    private StepLine line(String code) {
        return Steps.line(checklists, customer.id(), code);
    }

    private StepStatus status(String code) {
        return line(code).status();
    }

    private StepResult run(String code) {
        return checklists.run(customer.id(), code(code), version(code), null, pasted()).join();
    }

    private Customer stored() {
        return customerRepository.findById(customer.id()).orElseThrow();
    }

    @Test
    void aRetryKeepsTheLastFailureOnTheStepUntilItsOwnOutcomeReplacesIt() {
        checklists.overrideGate(customer.id(), 2, "testing the retry");
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.THROTTLED, 1);
        var failed = run("2.3");
        assertThat(status("2.3")).isEqualTo(StepStatus.FAILED);
        assertThat(line("2.3").message()).isEqualTo(failed.message()).startsWith("AWS kept throttling");

        runs.claim(customer.id(), code("2.3"), version("2.3"), pastedTarget(), null);
        assertThat(status("2.3")).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(line("2.3").message()).as("while the retry runs").isEqualTo(failed.message());
    }

    @Test
    void aRunOfAReopenedStepStartsWithoutTheReopeningsMessage() {
        checklists.overrideGate(customer.id(), 2, "testing the claim");
        run("2.4");
        checklists.reopen(customer.id(), code("2.4"), version("2.4"), "Role removed by the customer");
        assertThat(line("2.4").message()).startsWith("Reopened: ");
        runs.claim(customer.id(), code("2.4"), version("2.4"), pastedTarget(), null);
        assertThat(line("2.4").message()).isNull();
    }

    @Test
    void newCustomerHasSixteenOpenSteps() {
        var page = checklists.page(customer.id());
        assertThat(page.steps()).hasSize(16).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.TODO));
        assertThat(audit.timeline(customer.id(), 10)).extracting(e -> e.getAction()).contains(AuditAction.CUSTOMER_CREATED);
    }

    @Test
    void thePageNamesTheConcreteResourcesAndTheNextMove() {
        var page = checklists.page(customer.id());
        assertThat(page.step(code("2.3")).title()).isEqualTo("Create the doitintl_cmp role in " + customer.getAccountId());
        assertThat(page.step(code("3.5")).title()).endsWith("doitintl-awsops-" + customer.getAccountId());
        assertThat(page.externalId()).as("staff see the ExternalId").isEqualTo(customer.getExternalId());
        assertThat(page.next().waitingOn()).as("phase 1 is the customer's move").hasToString("CUSTOMER");
        var user = customerUser("names-" + customer.id(), customer.id());
        runAs(user.getUsername());
        var own = checklists.page(customer.id());
        assertThat(own.externalId()).isNull();
        assertThat(own.next().step()).isEqualTo(code("1.1"));
        assertThat(own.next().command()).isEqualTo(StepCommand.CONFIRM);
    }

    @Test
    void confirmedAwsStepIsNotYetVerifiedAndAudited() {
        Steps.confirm(checklists, customer.id(), "1.1");
        var step = line("1.1");
        assertThat(step.status()).isEqualTo(StepStatus.DONE);
        assertThat(step.message()).as("whether AWS agrees is the verification's to say, not the message's")
                .isEqualTo("Confirmed by hand.");
        assertThat(step.verification()).isEqualTo(VerificationState.UNVERIFIED);
        assertThat(step.changedBy()).isEqualTo("ops");
        assertThat(audit.timeline(customer.id(), 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.STEP_TRANSITION);
            assertThat(e.getStepCode()).isEqualTo("1.1");
            assertThat(e.getFromState()).isEqualTo("TODO");
            assertThat(e.getToState()).isEqualTo("DONE");
        });
        assertThat(stored().getCompletedSteps()).isEqualTo(1);
        assertThat(checklists.history(customer.id(), code("1.1"))).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ops");
            assertThat(e.what()).startsWith("To do → Done: Confirmed by hand");
        });
    }

    @Test
    void aCustomerUserSeesWhoConfirmedByDisplayNameAndNeverTheStaffUsername() {
        Steps.confirm(checklists, customer.id(), "1.1");
        runAs(customerUser(TestFixture.unique("viewer"), customer.id()).getUsername());

        assertThat(line("1.1").changedBy()).isEqualTo("Olivia Ops");
        assertThat(line("1.1").message()).doesNotContain("ops");
        assertThat(checklists.history(customer.id(), code("1.1")))
                .extracting(e -> e.actor() + " " + e.what())
                .isNotEmpty().allSatisfy(text -> assertThat(text).startsWith("Olivia Ops").doesNotContain("ops"));
        assertThat(audit.timeline(customer.id(), 10)).extracting(e -> audit.nameOf(e.getActor()))
                .contains("Olivia Ops").doesNotContain("ops");
    }

    @Test
    void aCustomerUserWhoseStepWasChangedMeanwhileHearsTheStaffDisplayName() {
        var viewer = customerUser(TestFixture.unique("viewer"), customer.id()).getUsername();
        runAs(viewer);
        var seen = version("1.2");
        runAs("ops");
        Steps.confirm(checklists, customer.id(), "1.2");

        runAs(viewer);
        assertThatThrownBy(() -> checklists.confirm(customer.id(), code("1.2"), seen, null))
                .isInstanceOf(StepConflictException.class)
                .hasMessage("Step 1.2 was changed by Olivia Ops meanwhile and is now done. The checklist shows its"
                        + " current state; check it and try again.");
    }

    @Test
    void anInternalNoteIsForStaffOnly() {
        checklists.addNote(customer.id(), code("1.3"), "Address checked with the customer");
        checklists.addInternalNote(customer.id(), code("1.3"), "Payment history is poor, keep an eye on it");
        assertThat(checklists.history(customer.id(), code("1.3"))).extracting(StepEvent::what)
                .contains("Internal note: Payment history is poor, keep an eye on it");

        var viewer = customerUser(TestFixture.unique("viewer"), customer.id()).getUsername();
        runAs(viewer);
        assertThat(checklists.history(customer.id(), code("1.3"))).extracting(StepEvent::what)
                .containsExactly("Note: Address checked with the customer");
        assertThat(audit.timeline(customer.id(), 50)).extracting(AuditEntry::getMessage)
                .contains("Address checked with the customer")
                .doesNotContain("Payment history is poor, keep an eye on it");
        assertThatThrownBy(() -> checklists.addInternalNote(customer.id(), code("1.3"), "A secret"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staleVersionIsRefusedAndNothingChanges() {
        long seen = version("1.3");
        checklists.confirm(customer.id(), code("1.3"), seen, null);
        assertThatThrownBy(() -> checklists.skip(customer.id(), code("1.3"), seen, "not needed"))
                .isInstanceOf(StepConflictException.class).hasMessageContaining("changed by ops");
        assertThat(status("1.3")).isEqualTo(StepStatus.DONE);
    }

    @Test
    void phaseGateHoldsUntilOverriddenWithReason() {
        assertThatThrownBy(() -> checklists.confirm(customer.id(), code("2.1"), version("2.1"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Phase 2 opens when phase 1");
        assertThatThrownBy(() -> checklists.overrideGate(customer.id(), 2, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Reason is required");
        checklists.overrideGate(customer.id(), 2, "Customer confirmed by phone");
        Steps.confirm(checklists, customer.id(), "2.1");
        assertThat(status("2.1")).isEqualTo(StepStatus.DONE);
        assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.GATE_OVERRIDE);
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
        checklists.skip(customer.id(), code("1.2"), version("1.2"), "Customer has an admin user already");
        Steps.confirm(checklists, customer.id(), "1.1", "1.3", "1.4", "1.5");
        assertThat(checklists.page(customer.id()).phase(2).open()).isTrue();
        assertThat(stored().getCurrentPhase()).isEqualTo(2);
        assertThat(stored().getWaitingOn()).isEqualTo(WaitingOn.OPS);
        assertThat(stored().getCompletedSteps()).isEqualTo(5);
    }

    @Test
    void onlySkippableStepsAreSkippedAndOnlyWithAReason() {
        assertThatThrownBy(() -> checklists.skip(customer.id(), code("1.2"), version("1.2"), ""))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checklists.skip(customer.id(), code("1.3"), version("1.3"), "no"))
                .isInstanceOf(StepConflictException.class);
        assertThat(status("1.2")).isEqualTo(StepStatus.TODO);
    }

    @Test
    void reopenIsForOpsWithAReason() {
        var user = customerUser("reopen-" + customer.id(), customer.id());
        runAs(user.getUsername());
        Steps.confirm(checklists, customer.id(), "1.1");
        assertThatThrownBy(() -> checklists.reopen(customer.id(), code("1.1"), version("1.1"), "wrong"))
                .isInstanceOf(AccessDeniedException.class);
        runAs("ops");
        checklists.reopen(customer.id(), code("1.1"), version("1.1"), "Account id was mistyped");
        assertThat(status("1.1")).isEqualTo(StepStatus.TODO);
    }

    @Test
    void csmOnlyAddsNotes() {
        runAs("csm");
        assertThatThrownBy(() -> checklists.confirm(customer.id(), code("1.1"), version("1.1"), null))
                .isInstanceOf(AccessDeniedException.class);
        checklists.addNote(customer.id(), code("1.1"), "Customer asked about the account id");
        assertThat(checklists.history(customer.id(), code("1.1"))).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("csm");
            assertThat(e.what()).isEqualTo("Note: Customer asked about the account id");
        });
    }

    @Test
    void customerUserSeesOnlyTheirOwnCustomer() {
        var other = fixture().customer("Other Co");
        var user = customerUser("tenant-" + customer.id(), customer.id());
        runAs(user.getUsername());
        assertThat(checklists.page(customer.id()).name()).isEqualTo(customer.getName());
        assertThatThrownBy(() -> checklists.page(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.confirm(other.id(), code("1.1"), 0, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.run(customer.id(), code("2.3"), 0, null, pasted()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void awsActionCreatesTheRoleAndVerificationConfirmsIt() {
        checklists.overrideGate(customer.id(), 2, "testing the action");
        var result = run("2.3");
        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(status("2.3")).isEqualTo(StepStatus.DONE);
        assertThat(line("2.3").verification()).isEqualTo(VerificationState.VERIFIED);
        var check = checklists.verifyAll(customer.id(), pasted()).join().stream()
                .filter(r -> r.code().equals(code("2.3"))).findFirst().orElseThrow();
        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.AWS_CALL));
    }

    @Test
    void failedActionKeepsAwsWordsInItsStepAndTrailChangesNothingElseAndIsRetriedAlone() {
        checklists.overrideGate(customer.id(), 2, "testing");
        checklists.overrideGate(customer.id(), 3, "testing");
        var before = everythingBut("3.5");
        var callsBefore = awsCallsByOperation();
        var denied = "AWS denied s3:HeadBucket in account " + customer.getAccountId() + ": the credentials in use"
                + " lack this permission. Use credentials of an administrator of the account, or check the role's"
                + " policy.";
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);

        var failed = run("3.5");

        assertThat(failed.verification()).isEqualTo(VerificationState.ERROR);
        assertThat(failed.message()).matches(Pattern.quote(denied) + " \\(Error id [0-9a-f]{8}\\.\\)");
        var shown = failed.message();
        var step = line("3.5");
        assertThat(step.status()).isEqualTo(StepStatus.FAILED);
        assertThat(step.verification()).isEqualTo(VerificationState.ERROR);
        assertThat(step.message()).isEqualTo(shown);
        assertThat(step.verificationMessage()).isEqualTo(shown);
        assertThat(step.changedBy()).isEqualTo("ops");
        assertThat(step.allowed()).contains(StepCommand.RETRY);
        assertThat(stored().getFailedSteps()).isEqualTo(1);
        // Newest first: the claim, the AWS call and the failure, each once.
        assertThat(audit.timeline(customer.id(), 3)).extracting(e -> e.getAction().name(), e -> e.getStepCode(),
                        e -> e.getFromState(), e -> e.getToState(), e -> e.getMessage(), e -> e.getActor())
                .containsExactly(
                        tuple("STEP_TRANSITION", "3.5", "IN_PROGRESS", "FAILED", shown, "ops"),
                        tuple("AWS_CALL", "3.5", null, "ERROR", shown, "ops"),
                        tuple("STEP_TRANSITION", "3.5", "TODO", "IN_PROGRESS", "AWS action started", "ops"));
        assertThat(everythingBut("3.5")).as("every other step and the customer")
                .isEqualTo(before.with("failed steps", "1"));
        assertThat(awsCallsSince(callsBefore)).as("AWS calls of the failed run").containsOnlyKeys("s3:HeadBucket");

        var beforeRetry = everythingBut("3.5");
        var callsBeforeRetry = awsCallsByOperation();
        var retried = run("3.5");

        assertThat(retried.ok()).as(retried.message()).isTrue();
        assertThat(status("3.5")).isEqualTo(StepStatus.DONE);
        assertThat(stored().getFailedSteps()).isZero();
        assertThat(audit.timeline(customer.id(), 3)).extracting(e -> e.getAction().name(), e -> e.getFromState(),
                e -> e.getToState()).containsExactly(tuple("STEP_TRANSITION", "IN_PROGRESS", "DONE"),
                tuple("AWS_CALL", null, "VERIFIED"), tuple("STEP_TRANSITION", "FAILED", "IN_PROGRESS"));
        assertThat(everythingBut("3.5")).isEqualTo(beforeRetry.with("failed steps", "0"));
        assertThat(awsCallsSince(callsBeforeRetry).keySet()).as("the retry calls S3 for the bucket only")
                .allMatch(operation -> operation.startsWith("s3:")).contains("s3:CreateBucket");
    }

    /** The customer's fields and every step's state except one step, as text, and progress apart. */
    private Snapshot everythingBut(String code) {
        var page = checklists.page(customer.id());
        var c = stored();
        var fields = new TreeMap<String, String>();
        fields.put("customer", String.join("|", c.getName(), c.getAccountId(), String.valueOf(c.getCsmUserId()),
                c.getBillingCountry(), c.getRootEmail(), c.getExternalId(), String.valueOf(c.getPayerAccountId()),
                String.valueOf(c.getNotes()), String.valueOf(c.isArchived()), String.valueOf(c.getCurrentPhase()),
                c.getWaitingOn().name()));
        fields.put("failed steps", String.valueOf(c.getFailedSteps()));
        fields.put("completed steps but this one", String.valueOf(c.getCompletedSteps()
                - (page.step(code(code)).status().isComplete() ? 1 : 0)));
        for (var step : page.steps()) {
            if (!step.code().equals(code(code))) {
                fields.put(step.code().toString(), String.join("|", step.status().name(), step.verification().name(),
                        String.valueOf(step.message()), String.valueOf(step.version()),
                        String.valueOf(step.changedBy()), String.valueOf(step.changedAt())));
            }
        }
        return new Snapshot(fields);
    }

    private record Snapshot(SortedMap<String, String> fields) {
        Snapshot with(String key, String value) {
            var changed = new TreeMap<>(fields);
            changed.put(key, value);
            return new Snapshot(changed);
        }
    }

    private Map<String, Long> awsCallsByOperation() {
        var calls = new TreeMap<String, Long>();
        meters.find("console.aws.calls").timers().forEach(t -> calls.merge(t.getId().getTag("service") + ":"
                + t.getId().getTag("operation"), t.count(), Long::sum));
        return calls;
    }

    private Map<String, Long> awsCallsSince(Map<String, Long> before) {
        var since = new TreeMap<String, Long>();
        awsCallsByOperation().forEach((operation, count) -> {
            long more = count - before.getOrDefault(operation, 0L);
            if (more > 0) {
                since.put(operation, more);
            }
        });
        return since;
    }

    @Test
    void aBadTaxRegistrationIsRefusedAtTheClickAndClaimsNothing() {
        checklists.overrideGate(customer.id(), 3, "testing");
        assertThatThrownBy(() -> checklists.run(customer.id(), code("3.2"), version("3.2"),
                new TaxRegistration("VAT", "", "Legal", "Street 1", "Berlin", "", null, "DE"),
                pasted())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains(TaxField.REGISTRATION_ID));
        assertThat(status("3.2")).isEqualTo(StepStatus.TODO);
    }

    @Test
    void taxVerificationComparesWithWhatTheConsoleSetAndReadsTheStatus() {
        checklists.overrideGate(customer.id(), 3, "testing");
        var ran = checklists.run(customer.id(), code("3.2"), version("3.2"), new TaxRegistration("VAT",
                "DE123456789", "Checklist Co GmbH", "Street 1", "Berlin", "10115", null, "DE"), pasted()).join();
        assertThat(ran.ok()).as(ran.message()).isTrue();
        assertThat(stored().getTaxRegistrationId()).isEqualTo("DE123456789");

        sandbox.setTaxRegistrationStatus(customer.getAccountId(), FiledTaxRegistration.Status.PENDING);
        var pending = verifyTax();
        assertThat(pending.verification()).as("pending is no mismatch").isEqualTo(VerificationState.UNVERIFIED);
        assertThat(pending.message()).isEqualTo("The tax registration DE123456789 (DE) is pending with AWS: it"
                + " checks the registration, and the console checks again later.");

        sandbox.setTaxRegistrationStatus(customer.getAccountId(), FiledTaxRegistration.Status.REJECTED);
        var rejected = verifyTax();
        assertThat(rejected.verification()).isEqualTo(VerificationState.MISMATCH);
        assertThat(rejected.message()).startsWith("The tax registration DE123456789 (DE) is Rejected at AWS");

        // Changed by the customer on the AWS Tax Settings page.
        tax.putTaxRegistration(pastedTarget(), new TaxRegistration("VAT", "DE999999999", "Checklist Co GmbH",
                "Street 1", "Berlin", "10115", null, "DE"));
        var other = verifyTax();
        assertThat(other.verification()).isEqualTo(VerificationState.MISMATCH);
        assertThat(other.message()).isEqualTo("The tax registration DE999999999 (DE) is not the one the console"
                + " set: DE123456789.");
    }

    private StepResult verifyTax() {
        return checklists.verifyAll(customer.id(), pasted()).join().stream()
                .filter(r -> r.code().equals(code("3.2"))).findFirst().orElseThrow();
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
                context.getBean(AccountSecurityPort.class), holding, context.getBean(ReportBucketPort.class),
                context.getBean(ReportPort.class), context.getBean(TaxPort.class));
        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        var credentials = pasted();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                pool.execute(() -> {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                    try {
                        start.await();
                        outcomes.add(service.run(customer.id(), code("2.4"), seen, null, credentials).join().ok()
                                ? "ran" : "fail");
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
    void aLateOutcomeCannotOverwriteAStepThatWasSettledOrClaimedAgain() {
        checklists.overrideGate(customer.id(), 2, "testing");
        var target = pastedTarget();
        var first = runs.claim(customer.id(), code("2.4"), version("2.4"), target, null);
        var lateAnswer = new StepResult(code("2.4"), VerificationState.MISMATCH, "a late, wrong answer");
        // The first call hangs; meanwhile its claim went stale, was checked in AWS and the step run again.
        roles.ensureBillingRole(target);
        ageClaim("2.4", Duration.ofHours(1));
        assertThat(runs.settleStale(customer.id(), code("2.4"), target)).first()
                .satisfies(r -> assertThat(r.ok()).as(r.message()).isTrue());
        assertThat(runs.settle(first, lateAnswer).message()).contains("Not recorded");
        assertThat(status("2.4")).as("settled by the check, not by the late answer").isEqualTo(StepStatus.DONE);

        checklists.reopen(customer.id(), code("2.4"), version("2.4"), "run it again");
        var second = runs.claim(customer.id(), code("2.4"), version("2.4"), target, null);
        assertThat(runs.settle(first, lateAnswer).message()).contains("Not recorded");
        assertThat(status("2.4")).as("still the second call's").isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(runs.settle(second, runs.call(second)).ok()).isTrue();
        assertThat(line("2.4").status()).isEqualTo(StepStatus.DONE);
        assertThat(line("2.4").message()).doesNotContain("late");
    }

    @Test
    void aCallInterruptedByAStoppedConsoleIsSettledByCheckingInAws() {
        checklists.overrideGate(customer.id(), 2, "testing");
        checklists.overrideGate(customer.id(), 3, "testing");
        // The console stopped after claiming the steps; only the billing role had been created in AWS. The
        // platform role exists, so the check (without pasted credentials) gets in.
        roles.ensurePlatformRole(pastedTarget());
        runs.claim(customer.id(), code("2.4"), version("2.4"), pastedTarget(), null);
        runs.claim(customer.id(), code("3.6"), version("3.6"), pastedTarget(), null);
        runs.claim(customer.id(), code("3.5"), version("3.5"), pastedTarget(), null);
        roles.ensureBillingRole(pastedTarget());
        ageClaim("2.4", Duration.ofHours(1));
        ageClaim("3.6", Duration.ofHours(1));

        assertThat(line("2.4").allowed()).containsExactlyInAnyOrder(StepCommand.SETTLE, StepCommand.ADD_NOTE);
        assertThat(line("3.5").allowed()).as("a recent claim is still running").containsExactly(StepCommand.ADD_NOTE);
        checklists.settle(customer.id(), code("2.4")).join();
        checklists.settle(customer.id(), code("3.6")).join();

        assertThat(status("2.4")).isEqualTo(StepStatus.DONE);
        assertThat(line("2.4").message()).contains("AWS shows the step done");
        assertThat(status("3.6")).isEqualTo(StepStatus.FAILED);
        assertThat(line("3.6").message()).startsWith("The console stopped during the AWS call");
        assertThatThrownBy(() -> checklists.settle(customer.id(), code("3.5")).join())
                .hasCauseInstanceOf(StepConflictException.class);
        assertThat(status("3.5")).isEqualTo(StepStatus.IN_PROGRESS);
    }

    private void ageClaim(String code, Duration age) {
        jdbc.update("update customer_step set claimed_at = ? where customer_id = ? and code = ?",
                Timestamp.from(clock.instant().minus(age)), customer.id(), code);
    }

    @Test
    void verifyAllRecordsEveryAutomatedStepAndTheOrganization() {
        var results = checklists.verifyAll(customer.id(), pasted()).join();
        assertThat(results).extracting(r -> r.code().toString())
                .containsExactlyInAnyOrder("1.1", "1.2", "1.3", "1.4", "2.2", "2.3", "2.4", "3.2", "3.4", "3.5", "3.6");
        var page = checklists.page(customer.id());
        assertThat(page.step(code("2.3")).verificationAt()).isNotNull();
        // The sandbox account is its own organization's management account.
        assertThat(page.step(code("1.1")).verification()).isEqualTo(VerificationState.VERIFIED);
        assertThat(page.step(code("1.1")).status()).isEqualTo(StepStatus.DONE);
        assertThat(stored().getOrganizationManagementAccount()).isEqualTo(customer.getAccountId());
        assertThat(page.payer().type()).isEqualTo(PayerType.DEDICATED);
        assertThat(page.payer().explanation()).contains("last verification")
                .contains("management account of its own organization");
    }

    @Test
    void readingThePageCallsNoAws() {
        double before = awsCalls();
        for (int i = 0; i < 5; i++) {
            checklists.page(customer.id());
        }
        assertThat(awsCalls()).isEqualTo(before);
        assertThat(checklists.page(customer.id()).payer().explanation()).contains("no recorded payer account");
    }

    @Test
    void anUnexpectedExceptionInTheBackgroundEndsAsAFailedStepWithAnErrorId() {
        checklists.overrideGate(customer.id(), 2, "testing");
        RolePort broken = (RolePort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RolePort.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("a bug in the role code");
                });
        var service = ChecklistServices.withAws(context, context.getBean(OrganizationPort.class),
                context.getBean(AccountSecurityPort.class), broken,
                context.getBean(ReportBucketPort.class), context.getBean(ReportPort.class),
                context.getBean(TaxPort.class));
        var result = service.run(customer.id(), code("2.3"), version("2.3"), null, pasted()).join();
        assertThat(result.errorId()).isNotBlank();
        assertThat(result.verification()).isEqualTo(VerificationState.ERROR);
        assertThat(status("2.3")).isEqualTo(StepStatus.FAILED);
        assertThat(line("2.3").message()).contains("error id " + result.errorId());
    }

    @Test
    void aDatabaseFailureWhileRecordingTheOutcomeEndsAsAVisibleResultWithAnErrorId() {
        checklists.overrideGate(customer.id(), 2, "testing");
        var failing = FailingChanges.failingAfter(context, 1, 1);
        var service = ChecklistServices.withChanges(context, failing);
        var result = service.run(customer.id(), code("2.3"), version("2.3"), null, pasted()).join();
        assertThat(result.errorId()).as("the settle failed: %s", result.message()).isNotBlank();
        assertThat(status("2.3")).as("the failure is recorded once the database takes it")
                .isEqualTo(StepStatus.FAILED);
        assertThat(line("2.3").message()).contains("error id " + result.errorId());

        var verifying = ChecklistServices.withChanges(context, FailingChanges.failingAfter(context, 0, 1));
        CompletableFuture<List<StepResult>> checks = verifying.verifyAll(customer.id(), pasted());
        assertThat(checks.join()).isNotEmpty().allSatisfy(r -> assertThat(r.errorId()).isNotBlank());
        assertThat(line("1.1").verification()).isEqualTo(VerificationState.ERROR);
        assertThat(line("1.1").verificationMessage()).contains("error id");
    }

    private double awsCalls() {
        return meters.find("console.aws.calls").timers().stream().mapToDouble(Timer::count).sum();
    }
}
