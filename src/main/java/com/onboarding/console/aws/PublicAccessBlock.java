package com.onboarding.console.aws;

import java.util.ArrayList;
import java.util.List;

/** A bucket's S3 Block Public Access settings; the report bucket wants all four on. */
public record PublicAccessBlock(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
        boolean restrictPublicBuckets) {

    public static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);

    /** The settings that are off, by their AWS names. */
    public List<String> off() {
        var off = new ArrayList<String>();
        if (!blockPublicAcls) {
            off.add("BlockPublicAcls");
        }
        if (!ignorePublicAcls) {
            off.add("IgnorePublicAcls");
        }
        if (!blockPublicPolicy) {
            off.add("BlockPublicPolicy");
        }
        if (!restrictPublicBuckets) {
            off.add("RestrictPublicBuckets");
        }
        return off;
    }
}
