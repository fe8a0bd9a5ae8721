package com.onboarding.console.aws;

import java.util.Optional;

/** S3's calls on the report bucket of step 3.5. */
public interface S3Buckets {

    /**
     * s3 CreateBucket in the region. In us-east-1 S3 answers 200 for a bucket this account has already, so
     * {@link BucketCreation#CREATED} says only that S3 accepted the request: ask {@link #headBucket} first.
     */
    BucketCreation createBucket(AwsTarget target, String bucket, String region);

    /** s3 HeadBucket in the report bucket's region: whose the bucket is and where. */
    BucketHead headBucket(AwsTarget target, String bucket);

    /** s3 PutPublicAccessBlock. */
    void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block);

    /** s3 GetPublicAccessBlock; empty when the bucket has none. */
    Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket);

    /** s3 PutBucketEncryption: SSE-S3 (AES256) by default. */
    void encryptBucket(AwsTarget target, String bucket);

    /** s3 GetBucketEncryption (action s3:GetEncryptionConfiguration); empty when the bucket has none. */
    Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket);

    /** s3 PutBucketPolicy. */
    void putBucketPolicy(AwsTarget target, String bucket, String policy);

    /** s3 GetBucketPolicy; empty when the bucket has none. */
    Optional<String> bucketPolicy(AwsTarget target, String bucket);
}
