package com.onboarding.console.checklist.service;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.ReportBucketPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.customers.domain.Customer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Work in the background keeps the customer and the credentials of the click, whatever the person does next. */
class ClickTimeCaptureTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChecklistService checklists;
    @Autowired
    CredentialsService credentials;
    @Autowired
    SandboxAws sandbox;

    private Customer newCustomer() {
        return fixture().customer("Capture Co");
    }

    private TemporaryCredentials paste(Customer customer) {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
        return issued;
    }

    @Test
    void aRunningActionKeepsTheCustomerAndCredentialsOfTheClick() throws Exception {
        login("ops");
        var first = newCustomer();
        var second = newCustomer();
        checklists.overrideGate(first.id(), 2, "testing");
        var pastedForFirst = paste(first);
        var targets = new CopyOnWriteArrayList<AwsTarget>();
        var release = new CountDownLatch(1);
        var roles = context.getBean(RolePort.class);
        RolePort slow = (RolePort) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RolePort.class},
                (proxy, method, args) -> {
                    targets.add((AwsTarget) args[0]);
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                    try {
                        return method.invoke(roles, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var service = ChecklistServices.withAws(context, context.getBean(OrganizationPort.class),
                context.getBean(AccountSecurityPort.class), slow, context.getBean(ReportBucketPort.class),
                context.getBean(ReportPort.class), context.getBean(TaxPort.class));

        var run = service.run(first.id(), code("2.3"), Steps.version(checklists, first.id(), "2.3"), null);
        // Meanwhile the person drops the credentials and goes on with another customer.
        credentials.forget(first.id());
        paste(second);
        release.countDown();

        assertThat(run.get(10, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(targets).hasSize(1);
        assertThat(targets.getFirst().accountId()).isEqualTo(first.getAccountId());
        assertThat(targets.getFirst().credentials()).isEqualTo(pastedForFirst);
        assertThat(Steps.line(checklists, second.id(), "2.3").status()).isEqualTo(StepStatus.TODO);
    }
}
