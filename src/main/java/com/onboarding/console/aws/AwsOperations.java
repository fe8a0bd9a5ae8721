package com.onboarding.console.aws;

import java.util.List;
import java.util.Optional;

/**
 * The single AWS requests the onboarding is made of, each answering plainly (created or not, found or not) and
 * throwing {@link AwsCallException} for anything else. The SDK and the sandbox implement them; {@link AwsOnboarding}
 * builds the idempotent actions and checks on top, once for both.
 */
public interface AwsOperations extends OrganizationPort, AccountSecurityPort, TaxPort, IdentityPort {

    /** The AWS managed policy step 1.2 asks an administrator user to hold. */
    String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

    /** iam CreateRole; false when a role of that name exists already (EntityAlreadyExists). */
    boolean createRole(AwsTarget target, String roleName, String trustPolicy);

    /** iam GetRole: the role's trust policy, URL-decoded; empty when there is no such role. */
    Optional<String> roleTrustPolicy(AwsTarget target, String roleName);

    /** iam PutRolePolicy. */
    void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy);

    /** iam GetRolePolicy: the inline policy, URL-decoded; empty when the role has none of that name. */
    Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName);

    /** sts AssumeRole into the role with the target's ExternalId, from the console's own identity. */
    void assumeRole(AwsTarget target, String roleName);

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

    /** cur PutReportDefinition (us-east-1); false when a report of that name exists already. */
    boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition);

    /** cur DescribeReportDefinitions (us-east-1), all pages. */
    List<ReportDefinitionSpec> reportDefinitions(AwsTarget target);
}
