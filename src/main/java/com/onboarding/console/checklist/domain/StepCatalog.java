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

/** The sixteen onboarding steps, in order: every customer's checklist is made from this list. */
public final class StepCatalog {

    public static final List<String> PHASE_TITLES = List.of(
            "Readiness (by the customer)",
            "Initial onboarding (by AWS Ops)",
            "Account configuration (by AWS Ops)");

    public static final List<StepDefinition> STEPS = List.of(
            step("1.1", CUSTOMER, "Identify the management account", """
                    Find the management account of your AWS organization (formerly called the master payer \
                    account): in the AWS console open AWS Organizations; the account marked "management account" \
                    is the one. Give us its 12-digit account id.""",
                    AWS_VERIFY, false, true, Automation.MANAGEMENT_ACCOUNT),
            step("1.2", CUSTOMER, "Create an IAM user with AdministratorAccess", """
                    In the management account, create an IAM user with the AdministratorAccess policy. You will \
                    use it to manage your organization after onboarding. Skip this step if you already have an \
                    IAM user with full permissions.""",
                    AWS_VERIFY, true, true, Automation.ADMIN_USER),
            step("1.3", CUSTOMER, "Change the root user email address", """
                    Sign in to the management account as the root user and change its email address to the \
                    one your customer success manager gave you (shown above).""",
                    AWS_VERIFY, false, true, Automation.ROOT_EMAIL),
            step("1.4", CUSTOMER, "Remove MFA from the root user", """
                    Remove multi-factor authentication from the management account's root user. No worries: \
                    our AWS Ops team turns it on again in the next phase.""",
                    AWS_VERIFY, false, true, Automation.ROOT_MFA_REMOVED),
            step("1.5", CUSTOMER, "Notify your customer success manager", """
                    When the steps above are done, press Confirm: your customer success manager is told at \
                    once, and our AWS Ops team takes over.""",
                    MANUAL, false, true, null),
            step("2.1", OPS, "Reset the root user password", """
                    Reset the management account root user's password through the new root email address, and \
                    keep it in the team vault.""",
                    MANUAL, false, true, null),
            step("2.2", OPS, "Re-enable MFA on the root user", """
                    Enable MFA on the management account root user again, with the team's device.""",
                    AWS_VERIFY, false, true, Automation.ROOT_MFA_ENABLED),
            step("2.3", OPS, "Create the platform IAM role", """
                    Creates the platform role with the customer's ExternalId so that the Platform can read \
                    billing and cost data. Uses pasted temporary credentials of the management account.""",
                    AWS_ACTION, false, false, Automation.PLATFORM_ROLE),
            step("2.4", OPS, "Create the AWSAdmin billing role", """
                    Creates the AWSAdmin role that gives the reseller's billing account access under the AWS \
                    Channel Reseller Program.""",
                    AWS_ACTION, false, false, Automation.BILLING_ROLE),
            step("2.5", OPS, "Onboard the organization to SPP", """
                    Onboard the organization in the AWS Channel Management dashboard, and note the \
                    relationship id when confirming.""",
                    MANUAL, false, true, null),
            step("3.1", OPS, "Replace the payment method", """
                    Replace the management account's payment method with the reseller's payment method.""",
                    MANUAL, false, true, null),
            step("3.2", OPS, "Set the tax profile", """
                    Set the tax registration to the customer's billing country. With a registration id the \
                    console sets it through the Tax Settings API; without one, confirm it by hand.""",
                    AWS_ACTION, false, true, Automation.TAX_REGISTRATION),
            step("3.3", OPS, "Complete the organization email verification", """
                    The root email changed, so complete AWS Organizations' email verification for the \
                    management account.""",
                    MANUAL, false, true, null),
            step("3.4", OPS, "Enable Cost and Usage Reports", """
                    Enable Cost and Usage Reports in the Billing console if they are not enabled already; the \
                    console checks that the reports API answers.""",
                    AWS_VERIFY, false, true, Automation.REPORTS_ENABLED),
            step("3.5", OPS, "Create the S3 bucket for the report", """
                    Creates the report bucket, blocks all public access, turns on default encryption and lets \
                    the billing reports service write into it.""",
                    AWS_ACTION, false, false, Automation.REPORT_BUCKET),
            step("3.6", OPS, "Set up the Cost and Usage report", """
                    Creates the hourly Cost and Usage report definition with resource ids, delivered to the \
                    bucket above.""",
                    AWS_ACTION, false, false, Automation.REPORT_DEFINITION));

    private static final Map<String, StepDefinition> BY_CODE =
            STEPS.stream().collect(Collectors.toUnmodifiableMap(StepDefinition::code, Function.identity()));

    /** The step whose confirmation tells the CSM the customer is ready. */
    public static final String NOTIFY_CSM = "1.5";

    /** After the step that re-enables root MFA is done, "root MFA removed" is history and not re-checked. */
    public static final String ROOT_MFA_REMOVED = "1.4";
    public static final String ROOT_MFA_ENABLED = "2.2";

    private StepCatalog() {
    }

    public static StepDefinition get(String code) {
        var step = BY_CODE.get(code);
        if (step == null) {
            throw new IllegalArgumentException("No step " + code);
        }
        return step;
    }

    public static int phases() {
        return PHASE_TITLES.size();
    }

    public static List<StepDefinition> phase(int phase) {
        return STEPS.stream().filter(s -> s.phase() == phase).toList();
    }

    private static StepDefinition step(String code, Role owner, String title, String help, StepKind kind,
            boolean skippable, boolean confirmable, @Nullable Automation automation) {
        var parts = code.split("\\.");
        return new StepDefinition(code, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), owner, title, help,
                kind, skippable, confirmable, automation);
    }
}
