package com.onboarding.console.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** AWS settings for tests that build the AWS implementations by hand: the defaults, with one thing changed. */
public final class TestAwsSettings {

    private TestAwsSettings() {
    }

    /** All defaults: sandbox mode, the names of the onboarding process. */
    public static AwsSettings defaults() {
        return bound(Map.of());
    }

    /** The settings as the console binds them from these properties (under console.aws), defaults for the rest. */
    public static AwsSettings bound(Map<String, String> properties) {
        var source = new MapConfigurationPropertySource();
        properties.forEach((name, value) -> source.put("console.aws." + name, value));
        return new Binder(source).bindOrCreate("console.aws", AwsSettings.class);
    }

    public static AwsSettings withEndpoints(AwsSettings s, Map<String, URI> overrides) {
        return new AwsSettings(s.mode(), s.platformRoleName(), s.platformAccountId(), s.billingRoleName(),
                s.billingAccountId(), s.bucketPrefix(), s.idTemplate(), s.bucketRegion(), s.reportPrefix(), overrides,
                s.apiCallTimeout(), s.apiCallAttemptTimeout(), s.verificationConcurrency(), s.billingRoleExternalId());
    }

    public static AwsSettings withTimeouts(AwsSettings s, Duration call, Duration attempt) {
        return new AwsSettings(s.mode(), s.platformRoleName(), s.platformAccountId(), s.billingRoleName(),
                s.billingAccountId(), s.bucketPrefix(), s.idTemplate(), s.bucketRegion(), s.reportPrefix(),
                s.endpoints(), call, attempt, s.verificationConcurrency(), s.billingRoleExternalId());
    }

    public static AwsSettings withBucketRegion(AwsSettings s, String region) {
        return new AwsSettings(s.mode(), s.platformRoleName(), s.platformAccountId(), s.billingRoleName(),
                s.billingAccountId(), s.bucketPrefix(), s.idTemplate(), region, s.reportPrefix(), s.endpoints(),
                s.apiCallTimeout(), s.apiCallAttemptTimeout(), s.verificationConcurrency(), s.billingRoleExternalId());
    }
}
