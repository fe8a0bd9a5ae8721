package com.onboarding.console.checklist;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.domain.VerificationState;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import com.onboarding.console.checklist.service.StepResult;
import com.onboarding.console.customers.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every way a customer's AWS account can differ from what a step wants, verified through the checklist service:
 * the outcome, its words, the step's stored verification, and the audit row. Run against each AWS the console talks
 * to (the sandbox, and the SDK on WireMock), so both say the same. OPS verify with credentials pasted in their
 * session, as on the checklist page; the test context's STS (the sandbox) checks them at the paste.
 */
public abstract class VerificationMismatchContract extends KaribuTest {

    @Autowired
    protected ChecklistService checklists;
    @Autowired
    private AuditService audit;
    @Autowired
    private CredentialsService credentials;
    @Autowired
    private SandboxAws sandbox;

    protected Customer customer;

    /** The service that verifies against the AWS under test. */
    protected abstract ChecklistService verifier();

    /** The customer's account belongs to the organization of this management account, with this root email. */
    protected abstract void givenOrganization(String managementAccountId, String rootEmail);

    protected abstract void givenRootMfa(boolean enabled);

    protected abstract void givenAdministrator(boolean present);

    protected abstract void givenTaxRegistrationIn(String countryCode);

    @BeforeEach
    void newCustomer() {
        login("ops");
        customer = fixture().customer("Mismatch");
        var pasted = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), pasted.accessKeyId(), pasted.secretAccessKey(),
                pasted.sessionToken());
    }

    @Test
    void aMemberAccountIsNotTheManagementAccount() {
        var management = fixture().accountId();
        givenOrganization(management, "root@customer.example");
        expectMismatch("1.1", "The organization's management account is " + management + ", not "
                + customer.getAccountId() + ".");
    }

    @Test
    void theRootEmailIsNotTheOneGiven() {
        givenOrganization(customer.getAccountId(), "someone@customer.example");
        expectMismatch("1.3", "The root email is someone@customer.example, expected " + customer.getRootEmail() + ".");
    }

    @Test
    void mfaStillOnWhenItShouldBeRemoved() {
        givenRootMfa(true);
        expectMismatch("1.4", "The root user still has MFA enabled.");
    }

    @Test
    void mfaNotBackOnInPhaseTwo() {
        checklists.overrideGate(customer.id(), 2, "checking 2.2");
        givenRootMfa(false);
        expectMismatch("2.2", "The root user has no MFA enabled.");
    }

    @Test
    void noUserHasAdministratorAccess() {
        givenAdministrator(false);
        expectMismatch("1.2", "No IAM user has the AdministratorAccess policy attached.");
    }

    @Test
    void theTaxRegistrationIsInAnotherCountry() {
        checklists.overrideGate(customer.id(), 2, "checking 3.2");
        checklists.overrideGate(customer.id(), 3, "checking 3.2");
        givenTaxRegistrationIn("FR");
        expectMismatch("3.2", "The tax registration is in FR, the billing country is DE.");
    }

    /** The same checks pass when the account is as wanted, so the mismatches above are the facts' doing. */
    @Test
    void anAccountAsWantedVerifies() {
        givenOrganization(customer.getAccountId(), customer.getRootEmail());
        givenAdministrator(true);
        givenRootMfa(false);
        for (var code : new String[] {"1.1", "1.2", "1.3", "1.4"}) {
            var result = verify(code);
            assertThat(result.verification()).as(code + ": " + result.message()).isEqualTo(VerificationState.VERIFIED);
            assertThat(step(code).status()).as(code).isEqualTo(StepStatus.DONE);
        }
    }

    private void expectMismatch(String code, String message) {
        var result = verify(code);

        assertThat(result).isEqualTo(new StepResult(code(code), VerificationState.MISMATCH, message));
        var step = step(code);
        assertThat(step.verification()).isEqualTo(VerificationState.MISMATCH);
        assertThat(step.verificationMessage()).isEqualTo(message);
        assertThat(step.status()).as("a mismatch leaves the step open").isEqualTo(StepStatus.TODO);
        assertThat(audit.timeline(customer.id(), 1)).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.AWS_CALL);
            assertThat(e.getStepCode()).isEqualTo(code);
            assertThat(e.getToState()).isEqualTo("MISMATCH");
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** The step's Verify button: one check, with the credentials pasted in this session. */
    private StepResult verify(String code) {
        var results = verifier().verify(customer.id(), code(code)).join();
        assertThat(results).as("the outcome of checking " + code).hasSize(1);
        return results.getFirst();
    }

    private StepLine step(String code) {
        return Steps.line(checklists, customer.id(), code);
    }
}
