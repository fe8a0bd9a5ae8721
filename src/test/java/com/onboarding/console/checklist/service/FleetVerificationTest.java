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
import com.onboarding.console.customers.service.CustomerService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Fleet verification end to end on a database of its own (it checks every active customer): progress as it goes,
 * at most the configured number of customers' AWS calls at once as seen by the AWS itself, failing customers
 * counted without stopping the run, and the summary at the end matching what each checklist recorded.
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

    @Test
    void everyCustomerIsCheckedAFewAtATimeAndFailuresAreCountedNotFatal() throws Exception {
        runAs("ops");
        // This context's database: only the customers below are active.
        repository.activeIds().forEach(id -> customers.setArchived(id, true));
        var withoutRole = fixture().customer("Fleet no role");
        var all = new ArrayList<Customer>();
        for (int i = 0; i < 4; i++) {
            all.add(withPlatformRole(fixture().customer("Fleet onboarded")));
        }
        var onboarded = all.getFirst();
        var failing = withPlatformRole(fixture().customer("Fleet failing"));
        sandbox.failNext(failing.getAccountId(), AwsCallException.Reason.SERVICE_ERROR, 1_000);
        all.add(failing);
        var started = clock.instant();

        var progress = new CopyOnWriteArrayList<FleetVerification.Progress>();
        counter.measuring = true;
        assertThat(fleet.start(progress::add)).isTrue();
        assertThat(fleet.start(p -> { })).as("a second run while one is going").isFalse();
        for (int i = 0; i < 600 && (progress.isEmpty() || !progress.getLast().finished()); i++) {
            Thread.sleep(100);
        }
        counter.measuring = false;

        assertThat(progress.getFirst()).isEqualTo(new FleetVerification.Progress(6, 0, 0, 0, false));
        assertThat(progress).extracting(FleetVerification.Progress::done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5,
                6, 6);
        var recorded = new ArrayList<StepLine>();
        for (var customer : all) {
            var steps = automatedSteps(customer);
            assertThat(steps).allSatisfy(step -> assertThat(step.verificationAt())
                    .as("step " + step.code() + " of customer " + customer.id() + " checked in this run")
                    .isAfterOrEqualTo(started));
            recorded.addAll(steps);
        }
        assertThat(recorded).hasSize(5 * CHECKS);
        assertThat(automatedSteps(withoutRole)).as("no access to the account yet: nothing to check, nothing failed")
                .allSatisfy(step -> assertThat(step.verification()).isEqualTo(VerificationState.UNVERIFIED));
        var summary = progress.getLast();
        assertThat(summary).isEqualTo(new FleetVerification.Progress(6, 6, count(recorded, VerificationState.MISMATCH),
                count(recorded, VerificationState.ERROR), true));
        assertThat(automatedSteps(failing)).allSatisfy(step -> {
            assertThat(step.verification()).isEqualTo(VerificationState.ERROR);
            assertThat(step.verificationMessage()).startsWith("AWS had an internal error on ");
        });
        assertThat(automatedSteps(onboarded)).filteredOn(s -> s.code().equals(code("2.3"))).singleElement()
                .satisfies(s -> assertThat(s.verification()).isEqualTo(VerificationState.VERIFIED));
        assertThat(counter.maxAccounts.get()).as("customers whose AWS calls ran at once").isBetween(2, 3);
        assertThat(counter.maxCalls.get()).as("AWS calls at once").isBetween(2, 3 * 4);
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
                    if (!(bean instanceof SandboxAws)) {
                        return bean;
                    }
                    var proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice(counter.getObject());
                    return proxy.getProxy();
                }
            };
        }
    }
}
