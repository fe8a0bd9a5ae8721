package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.BucketHead;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.S3Buckets;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** S3 through the SDK, at the report bucket's region except for CreateBucket, which names its region. */
@Component
@SdkMode
final class SdkS3 implements S3Buckets {

    private final SdkAws sdk;

    SdkS3(SdkAws sdk) {
        this.sdk = sdk;
    }

    @Override
    public BucketCreation createBucket(AwsTarget target, String bucket, String region) {
        return sdk.call(AwsOperation.CREATE_BUCKET, target.accountId(), () -> {
            sdk.clients.s3(region).createBucket(r -> {
                r.bucket(bucket).overrideConfiguration(sdk.as(target));
                // us-east-1 is the default location and AWS refuses it as an explicit constraint. The region goes
                // as text: the SDK's enum lacks newer regions and would send them as "null".
                if (!AwsSettings.CUR_REGION.equals(region)) {
                    r.createBucketConfiguration(c -> c.locationConstraint(region));
                }
            });
            return BucketCreation.CREATED;
        }, Map.of("BucketAlreadyOwnedByYou", BucketCreation.ALREADY_OWNED,
                "BucketAlreadyExists", BucketCreation.TAKEN_BY_ANOTHER_ACCOUNT));
    }

    /** HeadBucket answers with a status only (HEAD has no body): 404 free, 403 not ours, 301 another region. */
    @Override
    public BucketHead headBucket(AwsTarget target, String bucket) {
        return sdk.call(AwsOperation.HEAD_BUCKET, target.accountId(), () -> {
            try {
                sdk.s3().headBucket(r -> r.bucket(bucket).overrideConfiguration(sdk.as(target)));
                return BucketHead.of(BucketHead.Status.OWNED);
            } catch (S3Exception e) {
                return switch (e.statusCode()) {
                    case 404 -> BucketHead.of(BucketHead.Status.MISSING);
                    case 403 -> BucketHead.of(BucketHead.Status.FORBIDDEN);
                    case 301 -> new BucketHead(BucketHead.Status.IN_OTHER_REGION, e.awsErrorDetails() == null ? null
                            : e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region")
                                    .orElse(null));
                    default -> throw e;
                };
            }
        });
    }

    @Override
    public void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block) {
        var configuration = PublicAccessBlockConfiguration.builder()
                .blockPublicAcls(block.blockPublicAcls())
                .ignorePublicAcls(block.ignorePublicAcls())
                .blockPublicPolicy(block.blockPublicPolicy())
                .restrictPublicBuckets(block.restrictPublicBuckets())
                .build();
        sdk.call(AwsOperation.PUT_PUBLIC_ACCESS_BLOCK, target.accountId(), () -> sdk.s3().putPublicAccessBlock(r -> r
                .bucket(bucket).publicAccessBlockConfiguration(configuration).overrideConfiguration(sdk.as(target))));
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket) {
        return sdk.call(AwsOperation.GET_PUBLIC_ACCESS_BLOCK, target.accountId(), () -> {
            var c = sdk.s3().getPublicAccessBlock(r -> r.bucket(bucket).overrideConfiguration(sdk.as(target)))
                    .publicAccessBlockConfiguration();
            return Optional.of(new PublicAccessBlock(on(c.blockPublicAcls()), on(c.ignorePublicAcls()),
                    on(c.blockPublicPolicy()), on(c.restrictPublicBuckets())));
        }, Map.of("NoSuchPublicAccessBlockConfiguration", Optional.empty()));
    }

    @Override
    public void encryptBucket(AwsTarget target, String bucket) {
        sdk.call(AwsOperation.PUT_BUCKET_ENCRYPTION, target.accountId(), () -> sdk.s3().putBucketEncryption(r -> r
                .bucket(bucket)
                .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(
                        d -> d.sseAlgorithm(ServerSideEncryption.AES256))))
                .overrideConfiguration(sdk.as(target))));
    }

    @Override
    public Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket) {
        return sdk.call(AwsOperation.GET_BUCKET_ENCRYPTION, target.accountId(), () -> sdk.s3()
                        .getBucketEncryption(r -> r.bucket(bucket).overrideConfiguration(sdk.as(target)))
                        .serverSideEncryptionConfiguration().rules().stream().findFirst()
                        .map(rule -> rule.applyServerSideEncryptionByDefault())
                        .map(d -> BucketEncryption.of(d.sseAlgorithmAsString())),
                Map.of("ServerSideEncryptionConfigurationNotFoundError", Optional.empty()));
    }

    @Override
    public void putBucketPolicy(AwsTarget target, String bucket, String policy) {
        sdk.call(AwsOperation.PUT_BUCKET_POLICY, target.accountId(), () -> sdk.s3().putBucketPolicy(
                r -> r.bucket(bucket).policy(policy).overrideConfiguration(sdk.as(target))));
    }

    @Override
    public Optional<String> bucketPolicy(AwsTarget target, String bucket) {
        return sdk.call(AwsOperation.GET_BUCKET_POLICY, target.accountId(), () -> Optional.of(sdk.s3()
                        .getBucketPolicy(r -> r.bucket(bucket).overrideConfiguration(sdk.as(target))).policy()),
                Map.of("NoSuchBucketPolicy", Optional.empty()));
    }

    private static boolean on(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
