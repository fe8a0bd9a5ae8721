package com.onboarding.console.checklist;

import com.onboarding.console.TestFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.PostgresTest;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepConflictException;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;

/** The checklist on PostgreSQL, with two instances behind a load balancer. */
class ChecklistOnPostgresTest extends PostgresTest {


    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private Authentication ops;

    @BeforeAll
    void start() {
        first = startInstance();
        second = startInstance();
        ops = createUser(first, Role.OPS, null);
    }

    private long newCustomer() {
        return as(first, ops, () -> new TestFixture(first).customer("Postgres Co").id());
    }

    @Test
    void phaseOneFlowUpdatesProgress() {
        long id = newCustomer();
        var checklists = first.getBean(ChecklistService.class);
        as(first, ops, () -> {
            Steps.confirm(checklists, id, "1.1", "1.2", "1.3", "1.4", "1.5");
            return null;
        });
        var customer = as(second, ops, () -> second.getBean(CustomerService.class).get(id));
        assertThat(customer.getCompletedSteps()).isEqualTo(5);
        assertThat(customer.getCurrentPhase()).isEqualTo(2);
        assertThat(customer.getWaitingOn()).isEqualTo(WaitingOn.OPS);
    }

    @Test
    void simultaneousClicksOnTwoInstancesMakeOneAwsCall() throws InterruptedException {
        long id = newCustomer();
        var account = as(first, ops, () -> first.getBean(CustomerService.class).get(id).getAccountId());
        as(first, ops, () -> {
            first.getBean(ChecklistService.class).overrideGate(id, 2, "two-instance test");
            return null;
        });
        long version = as(first, ops, () -> Steps.version(first.getBean(ChecklistService.class), id, "2.3"));
        double before = createRoleCalls(first) + createRoleCalls(second);

        var start = new CountDownLatch(1);
        var outcomes = Collections.synchronizedList(new ArrayList<String>());
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                var instance = i % 2 == 0 ? first : second;
                pool.execute(() -> outcomes.add(as(instance, ops, () -> {
                    var pasted = instance.getBean(SandboxAws.class).issueCredentials(account);
                    try {
                        start.await();
                        var run = instance.getBean(ChecklistService.class).run(id, Steps.code("2.3"), version,
                                null, pasted);
                        return run.join().ok() ? "ran" : "failed";
                    } catch (StepConflictException e) {
                        return "refused";
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                    }
                })));
            }
            start.countDown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("ran", "refused", "refused", "refused");
        assertThat(createRoleCalls(first) + createRoleCalls(second) - before).isEqualTo(1);
        var status = as(second, ops, () -> Steps.line(second.getBean(ChecklistService.class), id, "2.3").status());
        assertThat(status).isEqualTo(StepStatus.DONE);
    }

    private static double createRoleCalls(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).find("console.aws.calls").tag("operation", "CreateRole")
                .timers().stream().mapToDouble(Timer::count).sum();
    }
}
