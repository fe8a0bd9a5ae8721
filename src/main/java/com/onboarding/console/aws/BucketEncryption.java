package com.onboarding.console.aws;

/** A bucket's default encryption, by S3's SSEAlgorithm values. */
public enum BucketEncryption {
    /** AES256: S3-managed keys, what the console sets. */
    SSE_S3("AES256"),
    /** aws:kms: a KMS key the customer chose, which the console keeps. */
    SSE_KMS("aws:kms"),
    /** aws:kms:dsse: two layers of KMS encryption, kept too. */
    DSSE_KMS("aws:kms:dsse");

    private final String algorithm;

    BucketEncryption(String algorithm) {
        this.algorithm = algorithm;
    }

    /** The SSEAlgorithm as S3 names it. */
    public String algorithm() {
        return algorithm;
    }

    /** Reads S3's SSEAlgorithm; an unknown one counts as KMS, a customer's choice the console keeps. */
    public static BucketEncryption of(String algorithm) {
        for (var value : values()) {
            if (value.algorithm.equals(algorithm)) {
                return value;
            }
        }
        return SSE_KMS;
    }
}
