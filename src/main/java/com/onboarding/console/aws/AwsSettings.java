package com.onboarding.console.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
public record AwsSettings(Mode mode, String platformRoleName, String platformAccountId, String billingRoleName,
        String billingAccountId, String bucketPrefix, String idTemplate, String bucketRegion, String reportPrefix,
        Map<String, URI> endpoints, Duration apiCallTimeout, Duration apiCallAttemptTimeout,
        int verificationConcurrency, Boolean billingRoleExternalId) {

    /** Which AWS the console talks to. */
    public enum Mode {
        SANDBOX,
        SDK
    }

    /** Where the Cost and Usage Reports service lives, whatever the bucket's region. */
    public static final String CUR_REGION = "us-east-1";

    public AwsSettings {
        mode = mode == null ? Mode.SANDBOX : mode;
        platformRoleName = orDefault(platformRoleName, "doitintl_cmp");
        platformAccountId = orDefault(platformAccountId, "123456789012");
        billingRoleName = orDefault(billingRoleName, "AWSAdmin");
        billingAccountId = orDefault(billingAccountId, "210987654321");
        bucketPrefix = orDefault(bucketPrefix, "doitintl-awsops-");
        idTemplate = orDefault(idTemplate, "{accountId}");
        bucketRegion = orDefault(bucketRegion, CUR_REGION);
        reportPrefix = orDefault(reportPrefix, "cur");
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        apiCallTimeout = apiCallTimeout == null ? Duration.ofSeconds(30) : apiCallTimeout;
        apiCallAttemptTimeout = apiCallAttemptTimeout == null ? Duration.ofSeconds(10) : apiCallAttemptTimeout;
        verificationConcurrency = verificationConcurrency <= 0 ? 16 : verificationConcurrency;
        billingRoleExternalId = billingRoleExternalId == null || billingRoleExternalId;
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

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
