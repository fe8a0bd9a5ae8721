package com.onboarding.console.checklist.service;

import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.OrganizationPort;
import com.onboarding.console.aws.ReportBucketPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRules;
import com.onboarding.console.checklist.domain.Automation;
import com.onboarding.console.customers.domain.Customer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Which AWS port call does, and which checks, each automated step. */
@Component
class StepAutomations {

    /** A check's answer, with what AWS Organizations said about the organization when the check asked it. */
    record Check(AwsResult result, @Nullable OrganizationFacts organization) {

        static Check of(AwsResult result) {
            return new Check(result, null);
        }
    }

    private final OrganizationPort organizations;
    private final AccountSecurityPort accountSecurity;
    private final RolePort roles;
    private final ReportBucketPort bucket;
    private final ReportPort reports;
    private final TaxPort tax;

    StepAutomations(OrganizationPort organizations, AccountSecurityPort accountSecurity, RolePort roles,
            ReportBucketPort bucket, ReportPort reports, TaxPort tax) {
        this.organizations = organizations;
        this.accountSecurity = accountSecurity;
        this.roles = roles;
        this.bucket = bucket;
        this.reports = reports;
        this.tax = tax;
    }

    AwsResult run(Automation automation, AwsTarget target, @Nullable TaxRegistration registration) {
        return switch (automation) {
            case PLATFORM_ROLE -> roles.ensurePlatformRole(target);
            case BILLING_ROLE -> roles.ensureBillingRole(target);
            case REPORT_BUCKET -> bucket.ensureReportBucket(target);
            case REPORT_DEFINITION -> reports.ensureReportDefinition(target);
            case TAX_REGISTRATION -> tax.putTaxRegistration(target,
                    Objects.requireNonNull(registration, "the service asks for the registration first"));
            default -> throw new IllegalArgumentException(automation + " has no action");
        };
    }

    Check verify(Automation automation, AwsTarget target, Customer customer) {
        return switch (automation) {
            case MANAGEMENT_ACCOUNT -> {
                var facts = organizations.describeOrganization(target);
                var master = facts.masterAccountId();
                yield new Check(master.equals(customer.getAccountId())
                        ? AwsResult.ok("Account " + master + " is the organization's management account.")
                        : AwsResult.differs("The organization's management account is " + master + ", not "
                                + customer.getAccountId() + "."), facts);
            }
            case ROOT_EMAIL -> {
                var facts = organizations.describeOrganization(target);
                var email = facts.masterAccountEmail();
                yield new Check(email.equalsIgnoreCase(customer.getRootEmail())
                        ? AwsResult.ok("The root email is " + email + ".")
                        : AwsResult.differs("The root email is " + email + ", expected " + customer.getRootEmail()
                                + "."), facts);
            }
            case ADMIN_USER -> Check.of(accountSecurity.adminUserPresent(target)
                    ? AwsResult.ok("An IAM user with AdministratorAccess exists.")
                    : AwsResult.differs("No IAM user has the AdministratorAccess policy attached."));
            case ROOT_MFA_REMOVED -> Check.of(accountSecurity.rootMfaEnabled(target)
                    ? AwsResult.differs("The root user still has MFA enabled.")
                    : AwsResult.ok("The root user has no MFA."));
            case ROOT_MFA_ENABLED -> Check.of(accountSecurity.rootMfaEnabled(target)
                    ? AwsResult.ok("The root user has MFA enabled.")
                    : AwsResult.differs("The root user has no MFA enabled."));
            case PLATFORM_ROLE -> Check.of(roles.checkPlatformRole(target));
            case BILLING_ROLE -> Check.of(roles.checkBillingRole(target));
            case TAX_REGISTRATION -> Check.of(TaxRules.judge(tax.getTaxRegistration(target),
                    customer.getBillingCountry(), customer.getTaxRegistrationId(), customer.getTaxLegalName()));
            case REPORTS_ENABLED -> Check.of(reports.reportsAvailable(target)
                    ? AwsResult.ok("Cost and Usage Reports answer.")
                    : AwsResult.differs("Cost and Usage Reports are not enabled."));
            case REPORT_BUCKET -> Check.of(bucket.checkReportBucket(target));
            case REPORT_DEFINITION -> Check.of(reports.checkReportDefinition(target));
        };
    }
}
