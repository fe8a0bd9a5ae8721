package com.onboarding.console.checklist;

import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.service.ChecklistService;
import org.springframework.beans.factory.annotation.Autowired;

/** The mismatches against the sandbox AWS, set up as a customer would in their AWS console. */
class SandboxVerificationMismatchTest extends VerificationMismatchContract {

    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private TaxPort tax;

    @Override
    protected ChecklistService verifier() {
        return checklists;
    }

    @Override
    protected void givenOrganization(String managementAccountId, String rootEmail) {
        if (!managementAccountId.equals(customer.getAccountId())) {
            sandbox.joinOrganization(customer.getAccountId(), managementAccountId);
        }
        sandbox.setRootEmail(managementAccountId, rootEmail);
    }

    @Override
    protected void givenRootMfa(boolean enabled) {
        sandbox.setRootMfa(customer.getAccountId(), enabled);
    }

    @Override
    protected void givenAdministrator(boolean present) {
        if (present) {
            sandbox.createAdminUser(customer.getAccountId(), "admin");
        }
    }

    @Override
    protected void givenTaxRegistrationIn(String countryCode) {
        tax.putTaxRegistration(new AwsTarget(customer.getAccountId(), customer.getExternalId(), "ops",
                sandbox.issueCredentials(customer.getAccountId())), new TaxRegistration("VAT", countryCode + "12345678901", "Test", "Rue 1", "Paris",
                "75001", null, countryCode));
    }
}
