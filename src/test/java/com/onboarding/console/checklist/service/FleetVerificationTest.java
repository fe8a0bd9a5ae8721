package com.onboarding.console.checklist.service;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.domain.NotificationRepository;
import com.onboarding.console.notifications.domain.OutgoingMailRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * Fleet verification end to end (it checks every active customer, so the others are archived first): only customers
 * with the platform role are checked, at most the configured number at once as seen by the AWS itself; a start
 * while the run goes joins it; the run's counts and findings, as the database keeps them, match what each
 * checklist recorded, drift marking the steps that were verified before.
 */
@TestPropertySource(properties = {"console.checklist.fleet-concurrency=3", "console.aws.verification-concurrency=4"})
@Import(FleetVerificationTest.CountingAws.class)
class FleetVerificationTest extends ConsoleTest {

    private static final int CHECKS = (int) StepCatalog.STEPS.stream().filter(d -> d.automation() != null).count();

    @Autowired
    private FleetVerification fleet;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private CustomerService customers;
    @Autowired
    private CustomerRepository repository;
    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private CallCounter counter;
    @Autowired
    private Clock clock;
    @Autowired
    private UserDirectory users;
    @Autowired
    private NotificationRepository notifications;
    @Autowired
    private OutgoingMailRepository mails;

    @Test
    void customersWithAccessAreCheckedAFewAtATimeTheOthersSkippedAndEveryFindingListed() throws Exception {
        runAs("ops");
        // This context's database: only the customers below are active.
        repository.activeIds().forEach(id -> customers.setArchived(id, true));
        var withoutRole = new ArrayList<Customer>();
        for (int i = 0; i < 4; i++) {
            withoutRole.add(fixture().customer("Fleet no role"));
        }
        var onboarded = new ArrayList<Customer>();
        for (int i = 0; i < 3; i++) {
            onboarded.add(withPlatformRole(fixture().customer("Fleet onboarded")));
        }
        var failing = withPlatformRole(fixture().customer("Fleet failing"));
        var verifiedBefore = automatedSteps(failing).stream()
                .filter(s -> s.verification() == VerificationState.VERIFIED).map(StepLine::code).toList();
        assertThat(verifiedBefore).contains(StepCatalog.PLATFORM_ROLE);
        sandbox.failNext(failing.getAccountId(), AwsCallException.Reason.SERVICE_ERROR, 1_000);
        var checked = new ArrayList<>(onboarded);
        checked.add(failing);
        var started = clock.instant();

        counter.measuring = true;
        var first = fleet.start();
        var second = fleet.start();
        var report = awaitFinished(first.runId());
        counter.measuring = false;

        assertThat(first.joined()).isFalse();
        assertThat(second).as("a start while the run goes joins it").isEqualTo(new FleetVerification.Start(
                first.runId(), true));
        var recorded = new ArrayList<StepLine>();
        for (var customer : checked) {
            var steps = automatedSteps(customer);
            assertThat(steps).allSatisfy(step -> assertThat(step.verificationAt())
                    .as("step " + step.code() + " of customer " + customer.id() + " checked in this run")
                    .isAfterOrEqualTo(started));
            recorded.addAll(steps);
        }
        for (var customer : withoutRole) {
            assertThat(automatedSteps(customer)).as("a customer without access is not stamped 'Check failed'")
                    .allSatisfy(step -> assertThat(step.verification()).isEqualTo(VerificationState.UNVERIFIED));
        }
        assertThat(report.startedBy()).isEqualTo("ops");
        assertThat(report.finishedAt()).isNotNull();
        assertThat(List.of(report.total(), report.checked(), report.skipped())).containsExactly(4, 4, 4);
        assertThat(report.mismatches()).isEqualTo(count(recorded, VerificationState.MISMATCH));
        assertThat(report.errors()).isEqualTo(count(recorded, VerificationState.ERROR));
        assertThat(report.findings()).hasSize(report.mismatches() + report.errors());
        assertThat(report.findings()).filteredOn(f -> f.customerId() == failing.id()).hasSize(CHECKS)
                .allSatisfy(f -> {
                    assertThat(f.customerName()).isEqualTo(failing.getName());
                    assertThat(f.verification()).isEqualTo(VerificationState.ERROR);
                    assertThat(f.message()).startsWith("AWS had an internal error on ");
                    assertThat(f.drift()).as("drift of " + f.code()).isEqualTo(verifiedBefore.contains(f.code()));
                });
        assertThat(report.drifts()).isEqualTo(verifiedBefore.size());
        assertThat(report.findings()).extracting(FleetReport.Finding::customerId)
                .doesNotContainAnyElementsOf(withoutRole.stream().map(Customer::id).toList());
        assertThat(automatedSteps(onboarded.getFirst())).filteredOn(s -> s.code().equals(code("2.3")))
                .singleElement().satisfies(s -> assertThat(s.verification()).isEqualTo(VerificationState.VERIFIED));
        assertThat(counter.maxAccounts.get()).as("customers whose AWS calls ran at once").isBetween(2, 3);
        // Customers times checks, each check sending at most four requests together (3.5's HeadBucket and reads).
        assertThat(counter.maxCalls.get()).as("AWS calls at once").isBetween(2, 3 * 4 * 4);
        assertThat(repository.findById(failing.id()).orElseThrow().isDrifted()).isTrue();
        assertThat(repository.findById(onboarded.getFirst().id()).orElseThrow().isDrifted()).isFalse();
        assertThat(customers.list(new CustomerFilter(null, null, null, CustomerFilter.Status.DRIFT, false),
                CustomerSort.NAME, true, 0, 50)).extracting(Customer::id).containsExactly(failing.id());
        var opsId = users.activeWithRole(Role.OPS).getFirst().id();
        assertThat(notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(opsId, PageRequest.of(0, 50)))
                .extracting(Notification::getMessage).filteredOn(m -> m.startsWith("Drift: " + failing.getName()))
                .hasSize(verifiedBefore.size()).allSatisfy(m -> assertThat(m).contains("was verified, now Check"
                        + " failed: AWS had an internal error on "));
        var opsEmail = users.activeWithRole(Role.OPS).getFirst().email();
        assertThat(mails.findAll()).filteredOn(m -> m.getRecipient().equals(opsEmail)
                && m.getSubject().equals("Drift found: " + verifiedBefore.size() + " verified steps no longer as"
                        + " they should be")).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("- " + failing.getName() + " (" + failing.getAccountId() + "), step 2.3 ")
                .contains("http://console.test/customers/" + failing.id())
                .contains("http://console.test/fleet"));
        assertThat(fleet.start().joined()).as("the next run may start").isFalse();
        awaitFinished(fleet.latest().orElseThrow().id());
    }

    private FleetReport awaitFinished(long runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var latest = fleet.latest().orElseThrow();
            assertThat(latest.id()).isEqualTo(runId);
            if (!latest.running()) {
                return latest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fleet run " + runId + " did not finish within a minute");
    }

    /** Creates the platform role through step 2.3 with pasted credentials, so the fleet run can assume it. */
    private Customer withPlatformRole(Customer customer) {
        checklists.overrideGate(customer.id(), 2, "fleet test");
        var version = Steps.version(checklists, customer.id(), "2.3");
        var result = checklists.run(customer.id(), code("2.3"), version, null,
                sandbox.issueCredentials(customer.getAccountId())).join();
        assertThat(result.ok()).as(result.message()).isTrue();
        return customer;
    }

    private List<StepLine> automatedSteps(Customer customer) {
        return checklists.page(customer.id()).steps().stream().filter(StepLine::automated).toList();
    }

    private static int count(List<StepLine> steps, VerificationState state) {
        return (int) steps.stream().filter(s -> s.verification() == state).count();
    }

    /** Counts, at the sandbox AWS itself, the calls in flight and for how many accounts; each call takes 15 ms. */
    static final class CallCounter implements MethodInterceptor {

        final AtomicInteger maxCalls = new AtomicInteger();
        final AtomicInteger maxAccounts = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();
        private final ConcurrentHashMap<String, Integer> accounts = new ConcurrentHashMap<>();
        volatile boolean measuring;

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (!measuring || invocation.getArguments().length == 0
                    || !(invocation.getArguments()[0] instanceof AwsTarget target)) {
                return invocation.proceed();
            }
            maxCalls.accumulateAndGet(calls.incrementAndGet(), Math::max);
            accounts.merge(target.accountId(), 1, Integer::sum);
            maxAccounts.accumulateAndGet(accounts.size(), Math::max);
            try {
                Thread.sleep(15);
                return invocation.proceed();
            } finally {
                accounts.computeIfPresent(target.accountId(), (account, n) -> n == 1 ? null : n - 1);
                calls.decrementAndGet();
            }
        }
    }

    @TestConfiguration
    static class CountingAws {

        @Bean
        CallCounter callCounter() {
            return new CallCounter();
        }

        @Bean
        static BeanPostProcessor countSandboxCalls(org.springframework.beans.factory.ObjectProvider<CallCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    // The sandbox's parts behind the AWS ports, proxied by the ports they implement.
                    if (!bean.getClass().getPackageName().equals(SandboxAws.class.getPackageName())
                            || bean.getClass().getInterfaces().length == 0) {
                        return bean;
                    }
                    var proxy = new ProxyFactory(bean);
                    proxy.addAdvice(counter.getObject());
                    return proxy.getProxy();
                }
            };
        }
    }
}
