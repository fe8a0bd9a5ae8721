package com.onboarding.console.aws;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** S3's naming rules for general purpose buckets, as the S3 User Guide lists them ("Bucket naming rules"). */
public final class BucketRules {

    private static final Pattern CHARACTERS = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3",
            "--table-s3");

    private BucketRules() {
    }

    /** What is wrong with the name, or empty when S3 accepts it. */
    public static Optional<String> problem(String bucket) {
        if (bucket.length() < 3 || bucket.length() > 63) {
            return Optional.of("it has " + bucket.length() + " characters, S3 allows 3 to 63");
        }
        if (!CHARACTERS.matcher(bucket).matches()) {
            return Optional.of("it may hold only lowercase letters, digits, dots and hyphens, and must begin and"
                    + " end with a letter or digit");
        }
        if (bucket.contains("..")) {
            return Optional.of("it has two adjacent dots");
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            return Optional.of("it is formatted as an IP address");
        }
        for (var prefix : RESERVED_PREFIXES) {
            if (bucket.startsWith(prefix)) {
                return Optional.of("it starts with " + prefix + ", which S3 reserves");
            }
        }
        for (var suffix : RESERVED_SUFFIXES) {
            if (bucket.endsWith(suffix)) {
                return Optional.of("it ends with " + suffix + ", which S3 reserves");
            }
        }
        return Optional.empty();
    }
}
