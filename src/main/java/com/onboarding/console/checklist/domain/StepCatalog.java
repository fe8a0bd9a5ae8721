package com.onboarding.console.checklist.domain;

import static com.onboarding.console.checklist.domain.StepKind.AWS_ACTION;
import static com.onboarding.console.checklist.domain.StepKind.AWS_VERIFY;
import static com.onboarding.console.checklist.domain.StepKind.MANUAL;
import static com.onboarding.console.security.domain.Role.CUSTOMER;
import static com.onboarding.console.security.domain.Role.OPS;

import com.onboarding.console.security.domain.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The sixteen onboarding steps, in order: every customer's checklist is made from this list. Each has a
 * general name (the FAQ's overview) and a title and help that name the concrete resources through
 * {@link StepNames} placeholders.
 */
public final class StepCatalog {

    public static final List<String> PHASE_TITLES = List.of(
            "Readiness (by the customer)",
            "Initial onboarding (by AWS Ops)",
            "Account configuration (by AWS Ops)");

    public static final List<StepDefinition> STEPS = List.of(
            step(1, 1, CUSTOMER, "Identify the management account",
                    "Confirm {account} as the management account", """
                    Find the management account of your AWS organization (formerly called the master payer \
                    account): in the AWS console open AWS Organizations; the account marked "management account" \
                    is the one. The console has {account} on record; confirm it, or ask your customer success \
                    manager to correct it.""",
                    AWS_VERIFY, false, true, Automation.MANAGEMENT_ACCOUNT, null),
            step(1, 2, CUSTOMER, "Create an IAM user with AdministratorAccess",
                    "Create an IAM user with AdministratorAccess in {account}", """
                    In the management account {account}, create an IAM user with the AWS managed policy \
                    AdministratorAccess attached. You will use it to manage your organization after onboarding. \
                    Skip this step if you already have an IAM user with full permissions.""",
                    AWS_VERIFY, true, true, Automation.ADMIN_USER, AwsConsolePage.IAM_USERS),
            step(1, 3, CUSTOMER, "Change the root user email address",
                    "Change the root email of {account} to {rootEmail}", """
                    Sign in to the management account {account} as the root user, open Account settings and change \
                    the root user's email address to {rootEmail}.""",
                    AWS_VERIFY, false, true, Automation.ROOT_EMAIL, AwsConsolePage.ACCOUNT_SETTINGS),
            step(1, 4, CUSTOMER, "Remove MFA from the root user",
                    "Remove MFA from the root user of {account}", """
                    As the root user of {account}, open Security credentials and remove the root user's MFA \
                    device. No worries: our AWS Ops team turns MFA on again in the next phase.""",
                    AWS_VERIFY, false, true, Automation.ROOT_MFA_REMOVED, AwsConsolePage.ROOT_SECURITY_CREDENTIALS),
            step(1, 5, CUSTOMER, "Notify your customer success manager",
                    "Tell {csm} that the steps above are done", """
                    When the steps above are done, press Confirm: {csm} is told at once, and our AWS Ops team \
                    takes over.""",
                    MANUAL, false, true, null, null),
            step(2, 1, OPS, "Reset the root user password",
                    "Reset the root password of {account} through {rootEmail}", """
                    Reset the root user's password of {account} through the root email address {rootEmail}, and \
                    keep it in the team vault.""",
                    MANUAL, false, true, null, null),
            step(2, 2, OPS, "Re-enable MFA on the root user",
                    "Re-enable MFA on the root user of {account}", """
                    As the root user of {account}, open Security credentials and assign the team's MFA device; \
                    then press Verify.""",
                    AWS_VERIFY, false, true, Automation.ROOT_MFA_ENABLED, AwsConsolePage.ROOT_SECURITY_CREDENTIALS),
            step(2, 3, OPS, "Create the platform IAM role",
                    "Create the {platformRole} role in {account}", """
                    Creates the IAM role {platformRole} in {account}, trusted by the Platform's account \
                    {platformAccount} with the customer's ExternalId, with its inline policy for billing and cost \
                    data. Before the role exists, paste temporary credentials of {account}.""",
                    AWS_ACTION, false, false, Automation.PLATFORM_ROLE, null),
            step(2, 4, OPS, "Create the AWSAdmin billing role",
                    "Create the {billingRole} billing role in {account}", """
                    Creates the IAM role {billingRole} in {account}, trusted by the reseller's billing account \
                    {billingAccount}, for billing data under the AWS Channel Reseller Program.""",
                    AWS_ACTION, false, false, Automation.BILLING_ROLE, null),
            step(2, 5, OPS, "Onboard the organization to SPP",
                    "Onboard {account} to SPP", """
                    Onboard the organization of {account} in the AWS Channel Management dashboard, and note the \
                    relationship id when confirming.""",
                    MANUAL, false, true, null, null).asking(StepInput.SPP_RELATIONSHIP_ID),
            step(3, 1, OPS, "Replace the payment method",
                    "Replace the payment method of {account}", """
                    Replace the payment method of {account} with the reseller's payment method.""",
                    MANUAL, false, true, null, AwsConsolePage.PAYMENT_METHODS),
            step(3, 2, OPS, "Set the tax profile",
                    "Set the tax registration of {account} to {country}", """
                    Set the tax registration of {account} to the billing country {country}. With a registration \
                    id the console sets it through the Tax Settings API (Run); without one, set it in the tax \
                    settings and confirm by hand.""",
                    AWS_ACTION, false, true, Automation.TAX_REGISTRATION, AwsConsolePage.TAX_SETTINGS),
            step(3, 3, OPS, "Complete the organization email verification",
                    "Verify the organization email {rootEmail}", """
                    The root email of {account} changed to {rootEmail}: complete AWS Organizations' email \
                    verification for it.""",
                    MANUAL, false, true, null, AwsConsolePage.ORGANIZATION_SETTINGS),
            step(3, 4, OPS, "Enable Cost and Usage Reports",
                    "Enable Cost and Usage Reports in {account}", """
                    Enable Cost and Usage Reports in the Billing console of {account} if they are not enabled \
                    already; Verify checks that the reports API answers.""",
                    AWS_VERIFY, false, true, Automation.REPORTS_ENABLED, AwsConsolePage.COST_AND_USAGE_REPORTS),
            step(3, 5, OPS, "Create the S3 bucket for the report",
                    "Create the S3 bucket {reportName}", """
                    Creates the bucket {reportName} in {account}, blocks all public access, turns on default \
                    encryption and lets the billing reports service of {account} write into it.""",
                    AWS_ACTION, false, false, Automation.REPORT_BUCKET, null),
            step(3, 6, OPS, "Set up the Cost and Usage report",
                    "Create the Cost and Usage report {reportName}", """
                    Creates the hourly Cost and Usage report {reportName} with resource ids (CSV in GZIP), \
                    delivered to the bucket {reportName}.""",
                    AWS_ACTION, false, false, Automation.REPORT_DEFINITION, AwsConsolePage.COST_AND_USAGE_REPORTS));

    private static final Map<StepCode, StepDefinition> BY_CODE =
            STEPS.stream().collect(Collectors.toUnmodifiableMap(StepDefinition::code, Function.identity()));

    /** The step whose confirmation tells the CSM the customer is ready. */
    public static final StepCode NOTIFY_CSM = StepCode.of(1, 5);

    /** The step whose action creates the role the ExternalId belongs to. */
    public static final StepCode PLATFORM_ROLE = StepCode.of(2, 3);

    /** After the step that re-enables root MFA is done, "root MFA removed" is history and not re-checked. */
    public static final StepCode ROOT_MFA_REMOVED = StepCode.of(1, 4);
    public static final StepCode ROOT_MFA_ENABLED = StepCode.of(2, 2);

    private StepCatalog() {
    }

    public static StepDefinition get(StepCode code) {
        var step = BY_CODE.get(code);
        if (step == null) {
            throw new IllegalArgumentException("No step " + code);
        }
        return step;
    }

    /** The catalog position of a step, 0 to 15. */
    public static int indexOf(StepCode code) {
        return STEPS.indexOf(get(code));
    }

    public static int phases() {
        return PHASE_TITLES.size();
    }

    public static List<StepDefinition> phase(int phase) {
        return STEPS.stream().filter(s -> s.phase() == phase).toList();
    }

    private static StepDefinition step(int phase, int number, Role owner, String name, String title, String help,
            StepKind kind, boolean skippable, boolean confirmable, @Nullable Automation automation,
            @Nullable AwsConsolePage consolePage) {
        return new StepDefinition(StepCode.of(phase, number), owner, name, title, help, kind, skippable,
                confirmable, automation, consolePage, null);
    }
}
