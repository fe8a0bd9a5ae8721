package com.onboarding.console.aws;

import org.jspecify.annotations.Nullable;

/**
 * What S3 HeadBucket answered about a bucket name, asked in the report bucket's region.
 *
 * @param region the bucket's region when S3 named it (header x-amz-bucket-region), e.g. for a 301
 */
public record BucketHead(Status status, @Nullable String region) {

    /** The answers HeadBucket gives. */
    public enum Status {
        /** 200: the bucket is this account's (or the credentials may use it) in the region asked. */
        OWNED,
        /** 404: no bucket has the name. */
        MISSING,
        /** 403: the bucket exists, but not for these credentials; bucket names are global. */
        FORBIDDEN,
        /** 301: the bucket is in another region. */
        IN_OTHER_REGION
    }

    public static BucketHead of(Status status) {
        return new BucketHead(status, null);
    }
}
