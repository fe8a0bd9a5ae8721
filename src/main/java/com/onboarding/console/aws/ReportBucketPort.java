package com.onboarding.console.aws;

/** The bucket Cost and Usage Reports deliver into: step 3.5. */
public interface ReportBucketPort {

    /** CreateBucket + PutPublicAccessBlock + default encryption + PutBucketPolicy. */
    AwsResult ensureReportBucket(AwsTarget target);

    /** HeadBucket + GetBucketPolicy + GetPublicAccessBlock match. */
    AwsResult checkReportBucket(AwsTarget target);
}
