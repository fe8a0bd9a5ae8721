package com.onboarding.console.demo;

import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.ReportBucketPort;
import com.onboarding.console.aws.ReportPort;
import com.onboarding.console.aws.RolePort;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepDefinition;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps the sandbox's accounts as the customers' checklists say: what people did by hand in the account (an admin
 * user, the root email, MFA off and on again) and what the console created there (roles, bucket, report, tax
 * registration). The sandbox lives in memory, so each demo start re-enacts it from the checklists in the database.
 */
@Component
@Profile("demo")
class DemoSandbox {

    /** The demo's own tax registrations, filed in step 3.2; the customer record keeps only their id. */
    static final Map<String, TaxRegistration> TAX_REGISTRATIONS = Map.of("444455556666", new TaxRegistration("VAT",
            "FR40303265045", "Umbrella Holdings SA", "12 Rue de la Paix", "Paris", "75002", null, "FR"));

    private static final int PAGE = 100;

    private final CustomerService customers;
    private final ChecklistService checklists;
    private final RolePort roles;
    private final ReportBucketPort bucket;
    private final ReportPort reports;
    private final TaxPort tax;

    DemoSandbox(CustomerService customers, ChecklistService checklists, RolePort roles, ReportBucketPort bucket,
            ReportPort reports, TaxPort tax) {
        this.customers = customers;
        this.checklists = checklists;
        this.roles = roles;
        this.bucket = bucket;
        this.reports = reports;
        this.tax = tax;
    }

    /** What a person does in the customer's AWS account before confirming the step; nothing for other steps. */
    void doByHand(SandboxAws aws, Customer customer, StepDefinition step) {
        var automation = step.automation();
        if (automation == null) {
            return;
        }
        var account = customer.getAccountId();
        switch (automation) {
            case ADMIN_USER -> aws.createAdminUser(account, "admin");
            case ROOT_EMAIL -> aws.setRootEmail(account, customer.getRootEmail());
            case ROOT_MFA_REMOVED -> aws.setRootMfa(account, false);
            case ROOT_MFA_ENABLED -> aws.setRootMfa(account, true);
            default -> {
                // Nothing by hand: the account is as AWS made it, or the console creates it (see reenact).
            }
        }
    }

    /** Every customer's account as its checklist says, in the order of the steps. */
    void reenactAll(SandboxAws aws) {
        for (var archived : new boolean[] {false, true}) {
            var filter = new CustomerFilter(null, null, null, null, archived);
            for (int offset = 0; ; offset += PAGE) {
                var page = customers.list(filter, CustomerSort.NAME, true, offset, PAGE);
                page.forEach(customer -> reenact(aws, customer));
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    private void reenact(SandboxAws aws, Customer customer) {
        var page = checklists.page(customer.id());
        // The console's own calls, made with credentials of the account as before the platform role existed.
        var target = new AwsTarget(customer.getAccountId(), customer.getExternalId(), "demo",
                aws.issueCredentials(customer.getAccountId()));
        for (var step : StepCatalog.STEPS) {
            if (page.step(step.code()).status() == StepStatus.DONE) {
                doByHand(aws, customer, step);
                createdByTheConsole(step, customer, target);
            }
        }
    }

    private void createdByTheConsole(StepDefinition step, Customer customer, AwsTarget target) {
        var automation = step.automation();
        if (automation == null) {
            return;
        }
        switch (automation) {
            case PLATFORM_ROLE -> roles.ensurePlatformRole(target);
            case BILLING_ROLE -> roles.ensureBillingRole(target);
            case REPORT_BUCKET -> bucket.ensureReportBucket(target);
            case REPORT_DEFINITION -> reports.ensureReportDefinition(target);
            case TAX_REGISTRATION -> {
                var filed = TAX_REGISTRATIONS.get(customer.getAccountId());
                if (filed != null && filed.registrationId().equals(customer.getTaxRegistrationId())) {
                    tax.putTaxRegistration(target, filed);
                }
            }
            default -> {
                // Checks only: people's own doing, re-enacted by doByHand.
            }
        }
    }
}
