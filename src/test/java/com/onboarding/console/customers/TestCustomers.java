package com.onboarding.console.customers;

import com.onboarding.console.TestFixture;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepKind;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.service.CustomerDraft;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Customers whose names share a prefix no other test uses, so a text filter finds exactly them, and whose checklist
 * standing comes from real work through the checklist service: steps confirmed and AWS actions run (or failed)
 * against the sandbox AWS, as OPS do in the console. Needs an OPS user logged in.
 */
public final class TestCustomers {

    private final TestFixture fixture;
    private final ChecklistService checklists;
    private final SandboxAws sandbox;
    private final CustomerRepository repository;
    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);

    public TestCustomers(ApplicationContext context) {
        this.fixture = new TestFixture(context);
        this.checklists = context.getBean(ChecklistService.class);
        this.sandbox = context.getBean(SandboxAws.class);
        this.repository = context.getBean(CustomerRepository.class);
    }

    public String prefix() {
        return prefix;
    }

    /** A 12-digit account id not used before. */
    public String newAccountId() {
        return fixture.accountId();
    }

    /** Creates "{prefix} {name}" as the logged-in user. */
    public Customer create(String name, @Nullable Long csmUserId) {
        return fixture.create(new CustomerDraft(prefix + " " + name, newAccountId(), csmUserId, "DE", null, null,
                null));
    }

    /**
     * Completes the first {@code done} steps in catalog order, each the way the console offers it: confirmed by hand,
     * or its AWS action run with pasted sandbox credentials. Then fails the AWS action of each of the next
     * {@code failed} steps (AWS refuses it); those steps must be AWS actions. Returns the customer as stored now.
     */
    public Customer work(Customer customer, int done, int failed) {
        var credentials = sandbox.issueCredentials(customer.getAccountId());
        for (int i = 0; i < done + failed; i++) {
            var definition = StepCatalog.STEPS.get(i);
            var version = checklists.page(customer.id()).step(definition.code()).version();
            boolean fail = i >= done;
            if (fail || !definition.confirmable()) {
                if (definition.kind() != StepKind.AWS_ACTION) {
                    throw new IllegalArgumentException("Step " + definition.code() + " has no AWS action to fail");
                }
                if (fail) {
                    sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);
                }
                checklists.run(customer.id(), definition.code(), version, null, credentials).join();
            } else {
                checklists.confirm(customer.id(), definition.code(), version, null, Steps.input(definition.code()));
            }
            var now = checklists.page(customer.id()).step(definition.code()).status();
            var expected = fail ? StepStatus.FAILED : StepStatus.DONE;
            if (now != expected) {
                throw new IllegalStateException("Step " + definition.code() + " is " + now + ", not " + expected);
            }
        }
        return repository.findById(customer.id()).orElseThrow();
    }
}
