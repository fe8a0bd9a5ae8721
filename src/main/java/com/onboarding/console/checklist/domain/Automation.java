package com.onboarding.console.checklist.domain;

/** The AWS work behind a step: what its button does and how the console checks it. */
public enum Automation {
    /** 1.1: Organizations DescribeOrganization, MasterAccountId equals the customer's account. */
    MANAGEMENT_ACCOUNT(false),
    /** 1.2: an IAM user with AdministratorAccess attached exists. */
    ADMIN_USER(false),
    /** 1.3: DescribeOrganization MasterAccountEmail equals the provided root email. */
    ROOT_EMAIL(false),
    /** 1.4: GetAccountSummary AccountMFAEnabled = 0. */
    ROOT_MFA_REMOVED(false),
    /** 2.2: GetAccountSummary AccountMFAEnabled = 1. */
    ROOT_MFA_ENABLED(false),
    /** 2.3: the platform role with the customer's ExternalId. */
    PLATFORM_ROLE(true),
    /** 2.4: the AWSAdmin billing role. */
    BILLING_ROLE(true),
    /** 3.2: the tax registration in the customer's billing country. */
    TAX_REGISTRATION(true),
    /** 3.4: DescribeReportDefinitions answers. */
    REPORTS_ENABLED(false),
    /** 3.5: the report bucket with its policy and public access block. */
    REPORT_BUCKET(true),
    /** 3.6: the Cost and Usage report definition. */
    REPORT_DEFINITION(true);

    private final boolean hasAction;

    Automation(boolean hasAction) {
        this.hasAction = hasAction;
    }

    /** Whether the console can do this step itself, not only check it. */
    public boolean hasAction() {
        return hasAction;
    }
}
