package com.onboarding.console.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.Application;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.checklist.service.StepResult;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo tells the truth: the sandbox's accounts are what the seeded checklists say, so that Verify all on a
 * complete customer finds it complete, and stay so after a restart on the same database.
 */
class DemoSandboxTest {

    private static final String DATABASE = "jdbc:h2:mem:demo-sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("test", "demo")
                .run("--spring.datasource.url=" + DATABASE, "--console.test.smtp-port=1");
    }

    @Test
    void verifyAllFindsTheCompleteDemoCustomersCompleteBeforeAndAfterARestart() {
        try (var first = start()) {
            asOps(first, () -> assertCompleteCustomersVerify(first));
        }
        try (var restarted = start()) {
            asOps(restarted, () -> {
                assertCompleteCustomersVerify(restarted);
                assertAccountsAsTheirChecklistsSay(restarted);
            });
        }
    }

    private static void assertCompleteCustomersVerify(ConfigurableApplicationContext console) {
        var checklists = console.getBean(ChecklistService.class);
        var complete = console.getBean(CustomerService.class).list(new CustomerFilter(null, null, null,
                CustomerFilter.Status.COMPLETE, false), CustomerSort.NAME, true, 0, 50);
        assertThat(complete).extracting(Customer::getName).contains("Umbrella Holdings");
        for (var customer : complete) {
            var results = checklists.verifyAll(customer.id()).join();
            assertThat(results).extracting(StepResult::code).contains(StepCatalog.PLATFORM_ROLE,
                    StepCatalog.ROOT_MFA_ENABLED);
            // MFA removed in 1.4 was put back in 2.2: 1.4 is settled, not checked again, and nothing is red.
            assertThat(results).extracting(StepResult::code).doesNotContain(StepCatalog.ROOT_MFA_REMOVED);
            assertThat(checklists.page(customer.id()).steps()).filteredOn(StepLine::automated)
                    .allSatisfy(line -> assertThat(line.settled()
                            || line.verification() == VerificationState.VERIFIED)
                            .as("%s %s: %s", customer.getName(), line.code(), line.verification()).isTrue());
            assertThat(results).allSatisfy(result -> assertThat(result.verification())
                            .as("%s %s: %s", customer.getName(), result.code(), result.message())
                            .isEqualTo(VerificationState.VERIFIED));
        }
    }

    private static void assertAccountsAsTheirChecklistsSay(ConfigurableApplicationContext console) {
        var sandbox = console.getBean(SandboxAws.class);
        var customers = console.getBean(CustomerService.class).list(CustomerFilter.ACTIVE, CustomerSort.NAME, true,
                0, 50);
        var acme = sandbox.account(accountOf(customers, "Acme Corp"));
        assertThat(acme.adminUsers()).as("1.2 confirmed").containsExactly("admin");
        assertThat(acme.rootMfa()).as("1.4 not yet done").isTrue();
        var globex = customers.stream().filter(c -> c.getName().equals("Globex")).findFirst().orElseThrow();
        var globexAccount = sandbox.account(globex.getAccountId());
        assertThat(globexAccount.rootEmail()).as("1.3 done").isEqualTo(globex.getRootEmail());
        assertThat(globexAccount.rootMfa()).as("1.4 done, 2.2 not yet").isFalse();
        var initech = sandbox.account(accountOf(customers, "Initech"));
        assertThat(initech.rootMfa()).as("2.2 done").isTrue();
        assertThat(initech.roles()).as("2.3 failed").isEmpty();
        var northwind = sandbox.account(accountOf(customers, "Northwind Traders"));
        assertThat(northwind.adminUsers()).as("nothing done yet").isEmpty();
    }

    private static String accountOf(List<Customer> customers, String name) {
        return customers.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getAccountId();
    }

    private static void asOps(ConfigurableApplicationContext console, Runnable work) {
        var strategy = console.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        var ops = console.getBean(UserDetailsService.class).loadUserByUsername("ops");
        strategy.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ops, null, ops.getAuthorities()));
        try {
            work.run();
        } finally {
            strategy.clearContext();
        }
    }
}
