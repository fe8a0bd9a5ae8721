package com.onboarding.console.audit.service;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.security.domain.Role;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer user reads their own trail and checklist without anything of another tenant or of the reseller's
 * infrastructure: no other account's id, no ARN, no AWS answer; staff read all of it.
 */
class CustomerViewOfTheTrailTest extends ConsoleTest {

    private static final String FOREIGN_ACCOUNT = "777766665555";

    @Autowired
    private AuditService audit;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private CredentialsService credentials;
    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private CustomerStepRepository stepRepository;

    private Customer customer;
    private String customerUser;

    @BeforeEach
    void customerWithItsUser() {
        runAs("ops");
        customer = fixture().customer("Tenant view");
        customerUser = fixture().user(Role.CUSTOMER, customer.id()).getUsername();
    }

    @Test
    void refusedCredentialsOfAnotherAccountAreForStaffOnly() {
        var foreign = sandbox.issueCredentials(FOREIGN_ACCOUNT);
        assertThatThrownBy(() -> credentials.paste(customer.id(), customer.getAccountId(), foreign.accessKeyId(),
                foreign.secretAccessKey(), foreign.sessionToken())).isInstanceOf(InvalidInputException.class);

        assertThat(texts(audit.timeline(customer.id(), 50))).as("staff see the refusal")
                .anyMatch(t -> t.contains("belong to account " + FOREIGN_ACCOUNT));

        runAs(customerUser);
        assertThat(audit.timeline(customer.id(), 50)).as("the customer user's timeline")
                .noneMatch(e -> e.getAction() == AuditAction.AWS_CREDENTIALS);
        assertThat(texts(audit.timeline(customer.id(), 50))).noneMatch(t -> t.contains(FOREIGN_ACCOUNT));
    }

    @Test
    void awsAnswersWithArnsReachStaffOnlyAndCustomersReadTheFixedWordingWithAnErrorId() throws Exception {
        checklists.overrideGate(customer.id(), 2, "checking the platform role early");
        // The checklist has the platform role, AWS has none: AssumeRole is denied, and AWS's answer names the
        // Platform's session ARN.
        Steps.recordDone(stepRepository, customer.id(), "2.3");
        var result = checklists.verify(customer.id(), code("2.3")).get().getFirst();

        assertThat(result.message()).startsWith("AWS denied sts:AssumeRole").matches(".*\\(Error id [0-9a-f]{8}\\.\\)")
                .doesNotContain("arn:");
        var staffTexts = texts(audit.stepHistory(customer.id(), "2.3", 20));
        assertThat(staffTexts).as("staff see AWS's code and message")
                .anyMatch(t -> t.contains("AccessDenied") && t.contains("arn:aws:sts::"));

        runAs(customerUser);
        var customerTexts = texts(audit.timeline(customer.id(), 50));
        customerTexts.addAll(texts(audit.stepHistory(customer.id(), "2.3", 20)));
        var page = checklists.page(customer.id());
        var step = page.step(code("2.3"));
        customerTexts.add(Objects.toString(step.message()));
        customerTexts.add(Objects.toString(step.verificationMessage()));
        checklists.history(customer.id(), code("2.3")).forEach(e -> customerTexts.add(e.what()));
        assertThat(customerTexts).as("what the customer user reads").isNotEmpty()
                .noneMatch(t -> t.contains("arn:") || t.contains("AccessDenied") || t.contains("amazonaws.com"));
        assertThat(customerTexts).anyMatch(t -> t.contains(result.message()));
    }

    private static List<String> texts(List<AuditEntry> entries) {
        return new java.util.ArrayList<>(entries.stream().map(e -> e.getAction() + " " + e.getMessage()).toList());
    }
}
