package com.onboarding.console.checklist.domain;

/**
 * A page of the AWS console where a person does a step by hand; the checklist links to it in a new tab.
 *
 * @param label what the link says
 * @param url where the page is
 */
public record AwsConsolePage(String label, String url) {

    public static final AwsConsolePage IAM_USERS = new AwsConsolePage("IAM users",
            "https://console.aws.amazon.com/iam/home#/users");
    public static final AwsConsolePage ROOT_SECURITY_CREDENTIALS = new AwsConsolePage(
            "Security credentials of the root user", "https://console.aws.amazon.com/iam/home#/security_credentials");
    public static final AwsConsolePage ACCOUNT_SETTINGS = new AwsConsolePage("Account settings",
            "https://console.aws.amazon.com/billing/home#/account");
    public static final AwsConsolePage PAYMENT_METHODS = new AwsConsolePage("Payment methods",
            "https://console.aws.amazon.com/billing/home#/paymentpreferences/paymentmethods");
    public static final AwsConsolePage TAX_SETTINGS = new AwsConsolePage("Billing tax settings",
            "https://console.aws.amazon.com/billing/home#/tax");
    public static final AwsConsolePage ORGANIZATION_SETTINGS = new AwsConsolePage("AWS Organizations settings",
            "https://console.aws.amazon.com/organizations/v2/home/settings");
    public static final AwsConsolePage COST_AND_USAGE_REPORTS = new AwsConsolePage("Cost and Usage Reports",
            "https://console.aws.amazon.com/billing/home#/reports");
}
