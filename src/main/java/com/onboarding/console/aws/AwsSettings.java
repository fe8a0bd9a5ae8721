package com.onboarding.console.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console's AWS calls go and the names it gives what it creates in a customer's account.
 *
 * @param mode {@code sandbox} (in memory, no AWS) or {@code sdk} (real AWS or an emulator)
 * @param platformRoleName the role the Platform assumes in each customer's management account (step 2.3)
 * @param platformAccountId the Platform's own AWS account, trusted by the platform role
 * @param billingRoleName the Channel Reseller billing role (step 2.4)
 * @param billingAccountId the reseller's billing account, trusted by the billing role
 * @param bucketPrefix the start of the report bucket's and the report definition's name
 * @param idTemplate the {id} after the prefix; {accountId} is filled in with the management account id
 * @param bucketRegion where the report bucket is created; one of {@link CurBucketRegions#ACCEPTED}
 * @param reportPrefix the S3 prefix of the report files in the bucket
 * @param endpoints per-service endpoint overrides (keys iam, sts, organizations, s3, cur, taxsettings), for a local
 *     AWS emulator
 * @param apiCallTimeout the longest one AWS call may take, retries included
 * @param apiCallAttemptTimeout the longest one attempt of an AWS call may take
 * @param verificationConcurrency how many AWS checks may run at once when verifying several steps
 * @param billingRoleExternalId whether the billing role's trust requires the customer's ExternalId (default yes,
 *     as AWS advises against the confused deputy); off only for a billing account that cannot send one
 */
@ConfigurationProperties("console.aws")
public record AwsSettings(@DefaultValue("sandbox") Mode mode, @DefaultValue("doitintl_cmp") String platformRoleName,
        @DefaultValue("123456789012") String platformAccountId, @DefaultValue("AWSAdmin") String billingRoleName,
        @DefaultValue("210987654321") String billingAccountId, @DefaultValue("doitintl-awsops-") String bucketPrefix,
        @DefaultValue("{accountId}") String idTemplate, @DefaultValue(CUR_REGION) String bucketRegion,
        @DefaultValue("cur") String reportPrefix, @DefaultValue Map<String, URI> endpoints,
        @DefaultValue("30s") Duration apiCallTimeout, @DefaultValue("10s") Duration apiCallAttemptTimeout,
        @DefaultValue("16") int verificationConcurrency, @DefaultValue("true") boolean billingRoleExternalId) {

    /** Which AWS the console talks to. */
    public enum Mode {
        SANDBOX,
        SDK
    }

    /** Where the Cost and Usage Reports service lives, whatever the bucket's region. */
    public static final String CUR_REGION = "us-east-1";

    public AwsSettings {
        platformRoleName = present("platform-role-name", platformRoleName);
        platformAccountId = present("platform-account-id", platformAccountId);
        billingRoleName = present("billing-role-name", billingRoleName);
        billingAccountId = present("billing-account-id", billingAccountId);
        bucketPrefix = present("bucket-prefix", bucketPrefix);
        idTemplate = present("id-template", idTemplate);
        bucketRegion = present("bucket-region", bucketRegion);
        reportPrefix = present("report-prefix", reportPrefix);
        endpoints = Map.copyOf(endpoints);
        if (verificationConcurrency < 1) {
            throw new IllegalArgumentException("console.aws.verification-concurrency is " + verificationConcurrency
                    + ": use 1 or more.");
        }
        CurBucketRegions.requireAccepted(bucketRegion);
        var sample = bucketPrefix + idTemplate.replace("{accountId}", "123456789012");
        BucketRules.problem(sample).ifPresent(problem -> {
            throw new IllegalArgumentException("console.aws.bucket-prefix and console.aws.id-template make report"
                    + " bucket names such as " + sample + ", which S3 refuses: " + problem + ".");
        });
    }

    /** The report bucket's name, which is also the report definition's: the prefix and the {id}. */
    public String reportName(String accountId) {
        return bucketPrefix + idTemplate.replace("{accountId}", accountId);
    }

    public Optional<URI> endpoint(String service) {
        return Optional.ofNullable(endpoints.get(service));
    }

    private static String present(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("console.aws." + name + " is empty: set it, or leave it out for the"
                    + " default.");
        }
        return value.strip();
    }
}
