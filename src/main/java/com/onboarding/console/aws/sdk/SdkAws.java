package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TemporaryCredentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * AWS through the AWS SDK v2, as every service's part ({@link SdkIam}, {@link SdkS3}, ...) sends its requests.
 * Every request carries the credentials of its target: the pasted ones, or the platform role assumed with the
 * customer's ExternalId from the console's own identity (the default credential chain), cached per account. Every
 * call is timed and every failure translated here, in one place.
 */
@Component
@SdkMode
public class SdkAws implements AutoCloseable {

    private static final int ASSUMED_ROLE_SECONDS = 900;

    private final AwsSettings settings;
    private final AwsCallMetrics metrics;
    final SdkClients clients;
    private final Map<String, StsAssumeRoleCredentialsProvider> assumedRoles = new ConcurrentHashMap<>();

    @Autowired
    public SdkAws(AwsSettings settings, AwsCallMetrics metrics) {
        this(settings, metrics, DefaultCredentialsProvider.builder().build());
    }

    /** @param consoleIdentity the console's own AWS identity, which assumes the platform roles */
    public SdkAws(AwsSettings settings, AwsCallMetrics metrics, AwsCredentialsProvider consoleIdentity) {
        this.settings = settings;
        this.metrics = metrics;
        this.clients = new SdkClients(settings, consoleIdentity);
    }

    /** S3 at the report bucket's region, where the bucket answers. */
    S3Client s3() {
        return clients.s3(settings.bucketRegion());
    }

    <T> T call(AwsOperation operation, String accountId, Supplier<T> request) {
        return call(operation, accountId, request, Map.of());
    }

    /**
     * Runs one request, timed; an AWS error whose code is among {@code answers} is an answer (e.g. "already
     * exists"), any other failure is translated.
     */
    <T> T call(AwsOperation operation, String accountId, Supplier<T> request, Map<String, T> answers) {
        return metrics.time(operation, () -> {
            try {
                return request.get();
            } catch (SdkException e) {
                var answer = answers.get(String.valueOf(SdkErrors.code(e)));
                if (answer != null) {
                    return answer;
                }
                throw SdkErrors.translate(e, operation, accountId);
            }
        });
    }

    /** The target's credentials for one request; pasted ones take precedence over the assumed platform role. */
    AwsRequestOverrideConfiguration as(AwsTarget target) {
        var pasted = target.credentials();
        AwsCredentialsProvider provider = pasted != null
                ? StaticCredentialsProvider.create(toSdk(pasted))
                : assumedRoles.computeIfAbsent(target.accountId() + "/" + target.externalId() + "/"
                        + target.sessionName(), key -> StsAssumeRoleCredentialsProvider.builder()
                                .stsClient(clients.sts)
                                .refreshRequest(assumeRoleRequest(target))
                                .build());
        return AwsRequestOverrideConfiguration.builder().credentialsProvider(provider).build();
    }

    AssumeRoleRequest assumeRoleRequest(AwsTarget target) {
        return AssumeRoleRequest.builder()
                .roleArn("arn:aws:iam::" + target.accountId() + ":role/" + settings.platformRoleName())
                .externalId(target.externalId())
                .roleSessionName(target.sessionName())
                .durationSeconds(ASSUMED_ROLE_SECONDS)
                .build();
    }

    static AwsCredentials toSdk(TemporaryCredentials credentials) {
        return credentials.sessionToken().isEmpty()
                ? AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey())
                : AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                        credentials.sessionToken());
    }

    @Override
    public void close() {
        assumedRoles.values().forEach(StsAssumeRoleCredentialsProvider::close);
        clients.close();
    }
}
