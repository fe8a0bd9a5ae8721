package com.onboarding.console.checklist.domain;

/** Pages of the AWS console where a person does a step by hand; the checklist links to them in a new tab. */
public enum AwsConsolePage {
    IAM_USERS("IAM users", "https://console.aws.amazon.com/iam/home#/users"),
    ROOT_SECURITY_CREDENTIALS("Security credentials of the root user",
            "https://console.aws.amazon.com/iam/home#/security_credentials"),
    ACCOUNT_SETTINGS("Account settings", "https://console.aws.amazon.com/billing/home#/account"),
    PAYMENT_METHODS("Payment methods", "https://console.aws.amazon.com/billing/home#/paymentpreferences/paymentmethods"),
    TAX_SETTINGS("Billing tax settings", "https://console.aws.amazon.com/billing/home#/tax"),
    ORGANIZATION_SETTINGS("AWS Organizations settings", "https://console.aws.amazon.com/organizations/v2/home/settings"),
    COST_AND_USAGE_REPORTS("Cost and Usage Reports", "https://console.aws.amazon.com/billing/home#/reports");

    private final String label;
    private final String url;

    AwsConsolePage(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }
}
