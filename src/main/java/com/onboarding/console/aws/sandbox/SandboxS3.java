package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.BucketHead;
import com.onboarding.console.aws.BucketRules;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.S3Buckets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** S3 of the sandbox: bucket names are global, and a bucket answers only from its own region's endpoint. */
@Component
@SandboxMode
final class SandboxS3 implements S3Buckets {

    private final SandboxAccounts accounts;
    private final String bucketRegion;
    /** Guarded by the lock of {@link SandboxAccounts}. */
    private final Map<String, String> bucketOwners = new HashMap<>();

    SandboxS3(SandboxAccounts accounts, AwsSettings settings) {
        this.accounts = accounts;
        this.bucketRegion = settings.bucketRegion();
    }

    /**
     * As S3 answers CreateBucket: InvalidBucketName for a name against its rules, 409 BucketAlreadyExists for
     * another account's name, and for the account's own bucket 200 in us-east-1 (which S3 keeps as it is) but 409
     * BucketAlreadyOwnedByYou in other regions.
     */
    @Override
    public BucketCreation createBucket(AwsTarget target, String bucket, String region) {
        return accounts.call(AwsOperation.CREATE_BUCKET, target, bucket, account -> {
            if (BucketRules.problem(bucket).isPresent()) {
                throw AwsFailures.failure(Reason.OTHER, "s3:CreateBucket", account.accountId, "InvalidBucketName",
                        "The specified bucket is not valid.", null);
            }
            var owner = bucketOwners.putIfAbsent(bucket, account.accountId);
            if (owner == null) {
                account.buckets.put(bucket, new SimulatedAccount.Bucket(region));
                return BucketCreation.CREATED;
            }
            if (!owner.equals(account.accountId)) {
                return BucketCreation.TAKEN_BY_ANOTHER_ACCOUNT;
            }
            return AwsSettings.CUR_REGION.equals(region) ? BucketCreation.CREATED : BucketCreation.ALREADY_OWNED;
        });
    }

    /** As S3 answers HeadBucket: 404 for a free name, 403 for another account's, 301 for another region. */
    @Override
    public BucketHead headBucket(AwsTarget target, String bucket) {
        return accounts.call(AwsOperation.HEAD_BUCKET, target, bucket, account -> {
            var owner = bucketOwners.get(bucket);
            if (owner == null) {
                return BucketHead.of(BucketHead.Status.MISSING);
            }
            if (!owner.equals(account.accountId)) {
                return BucketHead.of(BucketHead.Status.FORBIDDEN);
            }
            var region = account.buckets.get(bucket).region;
            return region.equals(bucketRegion) ? BucketHead.of(BucketHead.Status.OWNED)
                    : new BucketHead(BucketHead.Status.IN_OTHER_REGION, region);
        });
    }

    @Override
    public void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block) {
        bucketCall(AwsOperation.PUT_PUBLIC_ACCESS_BLOCK, target, bucket, found -> found.block = block);
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_PUBLIC_ACCESS_BLOCK, target, bucket,
                found -> Optional.ofNullable(found.block));
    }

    @Override
    public void encryptBucket(AwsTarget target, String bucket) {
        bucketCall(AwsOperation.PUT_BUCKET_ENCRYPTION, target, bucket,
                found -> found.encryption = BucketEncryption.SSE_S3);
    }

    @Override
    public Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_BUCKET_ENCRYPTION, target, bucket,
                found -> Optional.ofNullable(found.encryption));
    }

    @Override
    public void putBucketPolicy(AwsTarget target, String bucket, String policy) {
        bucketCall(AwsOperation.PUT_BUCKET_POLICY, target, bucket, found -> found.policy = policy);
    }

    @Override
    public Optional<String> bucketPolicy(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_BUCKET_POLICY, target, bucket, found -> Optional.ofNullable(found.policy));
    }

    private <T> T bucketCall(AwsOperation operation, AwsTarget target, String bucket,
            Function<SimulatedAccount.Bucket, T> body) {
        return accounts.call(operation, target, bucket,
                account -> body.apply(requestedBucket(account, bucket, operation)));
    }

    /**
     * The bucket a request names, as S3 finds it from the bucket region's endpoint: 404 NoSuchBucket for a free
     * name, 403 for another account's bucket, 301 PermanentRedirect for one in another region.
     */
    private SimulatedAccount.Bucket requestedBucket(SimulatedAccount account, String bucket, AwsOperation operation) {
        var owner = bucketOwners.get(bucket);
        if (owner != null && !owner.equals(account.accountId)) {
            throw AwsFailures.failure(Reason.ACCESS_DENIED, operation.deniedName(), account.accountId,
                    "AccessDenied", "Access Denied", null);
        }
        var found = existingBucket(account, bucket);
        if (!found.region.equals(bucketRegion)) {
            throw AwsFailures.failure(Reason.OTHER, operation.qualifiedName(), account.accountId,
                    "PermanentRedirect", "The bucket you are attempting to access must be addressed using the"
                            + " specified endpoint. Please send all future requests to this endpoint.", null);
        }
        return found;
    }

    static SimulatedAccount.Bucket existingBucket(SimulatedAccount account, String bucket) {
        var found = account.buckets.get(bucket);
        if (found == null) {
            throw AwsFailures.failure(Reason.NOT_FOUND, "s3:" + bucket, account.accountId, "NoSuchBucket",
                    "The specified bucket does not exist", null);
        }
        return found;
    }
}
