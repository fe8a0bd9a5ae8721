package com.onboarding.console.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A Cost and Usage Report definition, with the values as AWS names them (e.g. format "textORcsv"). */
public record ReportDefinitionSpec(String reportName, String timeUnit, String format, String compression,
        Set<String> additionalSchemaElements, String s3Bucket, String s3Prefix, String s3Region,
        boolean refreshClosedReports, String reportVersioning) {

    public ReportDefinitionSpec {
        additionalSchemaElements = Set.copyOf(additionalSchemaElements);
    }

    /** Step 3.6: hourly, gzipped CSV with resource ids, into the report bucket. */
    public static ReportDefinitionSpec wanted(AwsSettings settings, String accountId) {
        var name = settings.reportName(accountId);
        return new ReportDefinitionSpec(name, "HOURLY", "textORcsv", "GZIP", Set.of("RESOURCES"), name,
                settings.reportPrefix(), settings.bucketRegion(), true, "OVERWRITE_REPORT");
    }

    /** What this existing definition has that the wanted one has not, e.g. "TimeUnit is DAILY, expected HOURLY". */
    public List<String> differencesFrom(ReportDefinitionSpec wanted) {
        var differences = new ArrayList<String>();
        compare(differences, "TimeUnit", timeUnit, wanted.timeUnit);
        compare(differences, "Format", format, wanted.format);
        compare(differences, "Compression", compression, wanted.compression);
        compare(differences, "AdditionalSchemaElements", additionalSchemaElements, wanted.additionalSchemaElements);
        compare(differences, "S3Bucket", s3Bucket, wanted.s3Bucket);
        compare(differences, "S3Prefix", s3Prefix, wanted.s3Prefix);
        compare(differences, "S3Region", s3Region, wanted.s3Region);
        compare(differences, "RefreshClosedReports", refreshClosedReports, wanted.refreshClosedReports);
        compare(differences, "ReportVersioning", reportVersioning, wanted.reportVersioning);
        return differences;
    }

    private static void compare(List<String> into, String field, Object actual, Object wanted) {
        if (!Objects.equals(actual, wanted)) {
            into.add(field + " is " + actual + ", expected " + wanted);
        }
    }
}
