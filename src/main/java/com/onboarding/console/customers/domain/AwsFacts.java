package com.onboarding.console.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the checklist's steps found in, or set on, the customer's AWS accounts, kept for later verifications. */
@Embeddable
class AwsFacts {

    /** The management account of the customer's organization, as the last verification found it. */
    @Column(name = "organization_management_account", length = 12)
    private @Nullable String organizationManagementAccount;

    // When the verification found the management account above, for whoever reads the row.
    @Column(name = "organization_checked_at")
    private @Nullable Instant organizationCheckedAt;

    /** The tax registration step 3.2 set through the console, which its verification expects AWS to have. */
    @Column(name = "tax_registration_id", length = 60)
    private @Nullable String taxRegistrationId;

    @Column(name = "tax_legal_name", length = 200)
    private @Nullable String taxLegalName;

    AwsFacts() {
        // for JPA and a customer before its first record
    }

    void recordOrganization(String managementAccountId, Instant at) {
        this.organizationManagementAccount = managementAccountId;
        this.organizationCheckedAt = at;
    }

    void recordTaxRegistration(String registrationId, String legalName) {
        this.taxRegistrationId = registrationId;
        this.taxLegalName = legalName;
    }

    @Nullable String organizationManagementAccount() {
        return organizationManagementAccount;
    }

    @Nullable String taxRegistrationId() {
        return taxRegistrationId;
    }

    @Nullable String taxLegalName() {
        return taxLegalName;
    }
}
