package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costandusagereport.CostAndUsageReportClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.taxsettings.TaxSettingsClient;

/**
 * One client per service and region, built once and shared by all customers: the credentials come with each
 * request. IAM and Organizations are global services signed for us-east-1; Cost and Usage Reports lives in
 * us-east-1 only.
 */
final class SdkClients implements AutoCloseable {

    private static final Region GLOBAL_SIGNING_REGION = Region.US_EAST_1;

    private final AwsSettings settings;
    private final AwsCredentialsProvider consoleIdentity;
    private final SdkHttpClient http = ApacheHttpClient.builder().build();
    private final Map<Region, S3Client> s3 = new ConcurrentHashMap<>();
    final IamClient iam;
    final StsClient sts;
    final OrganizationsClient organizations;
    final CostAndUsageReportClient cur;
    final TaxSettingsClient tax;

    SdkClients(AwsSettings settings, AwsCredentialsProvider consoleIdentity) {
        this.settings = settings;
        this.consoleIdentity = consoleIdentity;
        iam = build(IamClient.builder(), "iam", GLOBAL_SIGNING_REGION);
        sts = build(StsClient.builder(), "sts", GLOBAL_SIGNING_REGION);
        organizations = build(OrganizationsClient.builder(), "organizations", GLOBAL_SIGNING_REGION);
        cur = build(CostAndUsageReportClient.builder(), "cur", Region.of(AwsSettings.CUR_REGION));
        tax = build(TaxSettingsClient.builder(), "taxsettings", GLOBAL_SIGNING_REGION);
    }

    S3Client s3(String region) {
        // An emulator serves every bucket under its one address, so the bucket goes in the path.
        return s3.computeIfAbsent(Region.of(region), r -> build(
                S3Client.builder().forcePathStyle(settings.endpoint("s3").isPresent()), "s3", r));
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String service,
            Region region) {
        builder.region(region)
                .credentialsProvider(consoleIdentity)
                .httpClient(http)
                .overrideConfiguration(o -> o.apiCallTimeout(settings.apiCallTimeout())
                        .apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
                        .retryStrategy(RetryMode.STANDARD));
        settings.endpoint(service).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void close() {
        iam.close();
        sts.close();
        organizations.close();
        cur.close();
        tax.close();
        s3.values().forEach(S3Client::close);
        http.close();
    }
}
