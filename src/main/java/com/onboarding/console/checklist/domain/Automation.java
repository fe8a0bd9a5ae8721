package com.onboarding.console.checklist.domain;

import java.util.Arrays;

/** The AWS work behind a step: what its button does and how the console checks it. */
public enum Automation {
    /** 1.1: Organizations DescribeOrganization, MasterAccountId equals the customer's account. */
    MANAGEMENT_ACCOUNT(0),
    /** 1.2: an IAM user with AdministratorAccess attached exists. */
    ADMIN_USER(0),
    /** 1.3: DescribeOrganization MasterAccountEmail equals the provided root email. */
    ROOT_EMAIL(0),
    /** 1.4: GetAccountSummary AccountMFAEnabled = 0. */
    ROOT_MFA_REMOVED(0),
    /** 2.2: GetAccountSummary AccountMFAEnabled = 1. */
    ROOT_MFA_ENABLED(0),
    /** 2.3: the platform role with the customer's ExternalId (CreateRole, GetRole, GetRolePolicy, PutRolePolicy). */
    PLATFORM_ROLE(5),
    /** 2.4: the AWSAdmin billing role (as 2.3). */
    BILLING_ROLE(5),
    /** 3.2: the tax registration in the customer's billing country (PutTaxRegistration). */
    TAX_REGISTRATION(2),
    /** 3.4: DescribeReportDefinitions answers. */
    REPORTS_ENABLED(0),
    /**
     * 3.5: the report bucket with its policy and public access block (CreateBucket, Get/PutPublicAccessBlock,
     * PutBucketEncryption, Get/PutBucketPolicy).
     */
    REPORT_BUCKET(7),
    /** 3.6: the Cost and Usage report definition (PutReportDefinition, DescribeReportDefinitions). */
    REPORT_DEFINITION(4);

    private final int actionCalls;

    /**
     * @param actionCalls the most AWS requests the step's action makes one after another, the AssumeRole that
     *     gets the credentials included; 0 for a step the console only checks
     */
    Automation(int actionCalls) {
        this.actionCalls = actionCalls;
    }

    /** Whether the console can do this step itself, not only check it. */
    public boolean hasAction() {
        return actionCalls > 0;
    }

    /** The most AWS requests one run of the action makes in a row; each may take the whole call timeout. */
    public int actionCalls() {
        return actionCalls;
    }

    /** The most requests any action makes: with the call timeout, how long the longest action may take. */
    public static int mostActionCalls() {
        return Arrays.stream(values()).mapToInt(Automation::actionCalls).max().orElse(0);
    }
}
