package com.onboarding.console.aws;

/** Cost and Usage Reports and their bucket: 3.4, 3.5 and 3.6. */
public interface ReportPort {

    /** DescribeReportDefinitions answers (us-east-1). */
    boolean reportsAvailable(AwsTarget target);

    /** CreateBucket + PutPublicAccessBlock + default encryption + PutBucketPolicy. */
    AwsResult ensureReportBucket(AwsTarget target);

    /** HeadBucket + GetBucketPolicy + GetPublicAccessBlock match. */
    AwsResult checkReportBucket(AwsTarget target);

    /** PutReportDefinition (us-east-1). */
    AwsResult ensureReportDefinition(AwsTarget target);

    /** DescribeReportDefinitions: the definition exists with the wanted settings. */
    AwsResult checkReportDefinition(AwsTarget target);
}
