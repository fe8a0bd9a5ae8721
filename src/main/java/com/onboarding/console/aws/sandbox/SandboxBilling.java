package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.CurBucketRegions;
import com.onboarding.console.aws.CurReports;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRules;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Billing of the sandbox: Cost and Usage Reports and Tax Settings, with the checks those services make. */
@Component
@SandboxMode
final class SandboxBilling implements TaxPort, CurReports {

    private final SandboxAccounts accounts;

    SandboxBilling(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    /** As AWS: an entry against the Tax Settings rules is refused with a ValidationException naming the member. */
    @Override
    public AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration) {
        return accounts.call(AwsOperation.PUT_TAX_REGISTRATION, target, account -> {
            TaxRules.refusedMember(registration).ifPresent(member -> {
                throw AwsFailures.failure(Reason.OTHER, AwsOperation.PUT_TAX_REGISTRATION.qualifiedName(),
                        account.accountId, "ValidationException", "1 validation error detected: Value at '" + member
                                + "' failed to satisfy constraint", null);
            });
            account.tax = new FiledTaxRegistration(registration, FiledTaxRegistration.Status.VERIFIED);
            return registration.saved();
        });
    }

    @Override
    public Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target) {
        return accounts.call(AwsOperation.GET_TAX_REGISTRATION, target, account -> Optional.ofNullable(account.tax));
    }

    @Override
    public boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition) {
        return accounts.call(AwsOperation.PUT_REPORT_DEFINITION, target, definition.reportName(), account -> {
            // As CUR, which validates the request against its API model first: S3Region is one of its enum values.
            if (!CurBucketRegions.ACCEPTED.contains(definition.s3Region())) {
                throw AwsFailures.failure(Reason.OTHER, AwsOperation.PUT_REPORT_DEFINITION.qualifiedName(),
                        account.accountId, "ValidationException", "1 validation error detected: Value '"
                                + definition.s3Region() + "' at 'reportDefinition.s3Region' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: ["
                                + String.join(", ", CurBucketRegions.ACCEPTED) + "]", null);
            }
            // As CUR, which checks at this call that it may deliver to the bucket.
            var bucket = account.buckets.get(definition.s3Bucket());
            if (bucket == null || bucket.policy == null
                    || !SandboxIam.billingReportsMayDeliver(bucket.policy, account.accountId, definition)) {
                throw AwsFailures.failure(Reason.OTHER, AwsOperation.PUT_REPORT_DEFINITION.qualifiedName(),
                        account.accountId, "ValidationException", "Failed to verify customer bucket permission."
                                + " accountId= " + account.accountId + ", bucket name: " + definition.s3Bucket()
                                + ", bucket region: " + definition.s3Region(), null);
            }
            return account.reports.putIfAbsent(definition.reportName(), definition) == null;
        });
    }

    @Override
    public List<ReportDefinitionSpec> reportDefinitions(AwsTarget target) {
        return accounts.call(AwsOperation.DESCRIBE_REPORT_DEFINITIONS, target,
                account -> List.copyOf(account.reports.values()));
    }
}
