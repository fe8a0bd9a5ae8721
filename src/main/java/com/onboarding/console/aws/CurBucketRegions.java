package com.onboarding.console.aws;

import java.util.List;

/**
 * The regions Cost and Usage Reports delivers into: the S3Region values of ReportDefinition in the CUR API
 * reference. S3 has more regions (ca-west-1, mx-central-1, ap-southeast-5 and newer); a report bucket there would be
 * refused by PutReportDefinition, so the console refuses such a bucket region when it starts.
 */
public final class CurBucketRegions {

    public static final List<String> ACCEPTED = List.of("af-south-1", "ap-east-1", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-northeast-1", "ap-northeast-2",
            "ap-northeast-3", "ca-central-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "eu-north-1", "eu-south-1", "eu-south-2", "me-central-1", "me-south-1", "sa-east-1", "us-east-1",
            "us-east-2", "us-west-1", "us-west-2", "cn-north-1", "cn-northwest-1");

    private CurBucketRegions() {
    }

    /** Refuses a bucket region CUR cannot deliver into, naming the ones it can. */
    static void requireAccepted(String bucketRegion) {
        if (!ACCEPTED.contains(bucketRegion)) {
            throw new IllegalArgumentException("console.aws.bucket-region (CONSOLE_AWS_BUCKET_REGION) is "
                    + bucketRegion + ", but Cost and Usage Reports delivers reports only into buckets in "
                    + String.join(", ", ACCEPTED) + ". Choose one of these.");
        }
    }
}
