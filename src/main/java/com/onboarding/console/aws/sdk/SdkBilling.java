package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.CurReports;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.TaxPort;
import com.onboarding.console.aws.TaxRegistration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.costandusagereport.model.ReportDefinition;
import software.amazon.awssdk.services.taxsettings.model.Address;
import software.amazon.awssdk.services.taxsettings.model.GetTaxRegistrationResponse;
import software.amazon.awssdk.services.taxsettings.model.TaxRegistrationEntry;

/** Billing through the SDK: Tax Settings and Cost and Usage Reports. */
@Component
@SdkMode
final class SdkBilling implements TaxPort, CurReports {

    private final SdkAws sdk;

    SdkBilling(SdkAws sdk) {
        this.sdk = sdk;
    }

    @Override
    public AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration) {
        var entry = TaxRegistrationEntry.builder()
                .registrationType(registration.registrationType())
                .registrationId(registration.registrationId())
                .legalName(registration.legalName())
                .legalAddress(Address.builder()
                        .addressLine1(registration.addressLine1())
                        .city(registration.city())
                        .postalCode(registration.postalCode())
                        .stateOrRegion(registration.stateOrRegion())
                        .countryCode(registration.countryCode())
                        .build())
                .build();
        sdk.call(AwsOperation.PUT_TAX_REGISTRATION, target.accountId(), () -> sdk.clients.tax.putTaxRegistration(r -> r
                .accountId(target.accountId()).taxRegistrationEntry(entry).overrideConfiguration(sdk.as(target))));
        return registration.saved();
    }

    @Override
    public Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target) {
        Optional<GetTaxRegistrationResponse> response = sdk.call(AwsOperation.GET_TAX_REGISTRATION,
                target.accountId(), () -> Optional.of(sdk.clients.tax.getTaxRegistration(
                        r -> r.accountId(target.accountId()).overrideConfiguration(sdk.as(target)))),
                Map.of("ResourceNotFoundException", Optional.empty()));
        return response.map(found -> {
            var registration = found.taxRegistration();
            var address = registration.legalAddress();
            return new FiledTaxRegistration(new TaxRegistration(registration.registrationTypeAsString(),
                    registration.registrationId(), registration.legalName(), address.addressLine1(), address.city(),
                    address.postalCode(), address.stateOrRegion(), address.countryCode()),
                    status(registration.statusAsString()));
        });
    }

    /** AWS's status; one newer than this SDK counts as pending, as AWS has not said it is verified. */
    private static FiledTaxRegistration.Status status(@Nullable String aws) {
        for (var status : FiledTaxRegistration.Status.values()) {
            if (status.awsName().equals(aws)) {
                return status;
            }
        }
        return FiledTaxRegistration.Status.PENDING;
    }

    @Override
    public boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition) {
        var report = ReportDefinition.builder()
                .reportName(definition.reportName())
                .timeUnit(definition.timeUnit())
                .format(definition.format())
                .compression(definition.compression())
                .additionalSchemaElementsWithStrings(definition.additionalSchemaElements())
                .s3Bucket(definition.s3Bucket())
                .s3Prefix(definition.s3Prefix())
                .s3Region(definition.s3Region())
                .refreshClosedReports(definition.refreshClosedReports())
                .reportVersioning(definition.reportVersioning())
                .build();
        return sdk.call(AwsOperation.PUT_REPORT_DEFINITION, target.accountId(), () -> {
            sdk.clients.cur.putReportDefinition(r -> r.reportDefinition(report).overrideConfiguration(sdk.as(target)));
            return true;
        }, Map.of("DuplicateReportNameException", false));
    }

    @Override
    public List<ReportDefinitionSpec> reportDefinitions(AwsTarget target) {
        var definitions = new ArrayList<ReportDefinitionSpec>();
        String token = null;
        do {
            var from = token;
            var page = sdk.call(AwsOperation.DESCRIBE_REPORT_DEFINITIONS, target.accountId(), () -> sdk.clients.cur
                    .describeReportDefinitions(r -> r.nextToken(from).overrideConfiguration(sdk.as(target))));
            page.reportDefinitions().forEach(d -> definitions.add(new ReportDefinitionSpec(d.reportName(),
                    orNotSet(d.timeUnitAsString()), orNotSet(d.formatAsString()), orNotSet(d.compressionAsString()),
                    new HashSet<>(d.additionalSchemaElementsAsStrings()), orNotSet(d.s3Bucket()),
                    orNotSet(d.s3Prefix()), orNotSet(d.s3RegionAsString()), Boolean.TRUE.equals(d.refreshClosedReports()),
                    orNotSet(d.reportVersioningAsString()))));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return definitions;
    }

    private static String orNotSet(@Nullable String value) {
        return value == null ? "not set" : value;
    }
}
