package com.onboarding.console.aws;

/** Cost and Usage Reports: 3.4 and 3.6; their bucket (3.5) is {@link ReportBucketPort}. */
public interface ReportPort {

    /** DescribeReportDefinitions answers (us-east-1). */
    boolean reportsAvailable(AwsTarget target);

    /** PutReportDefinition (us-east-1). */
    AwsResult ensureReportDefinition(AwsTarget target);

    /** DescribeReportDefinitions: the definition exists with the wanted settings. */
    AwsResult checkReportDefinition(AwsTarget target);
}
