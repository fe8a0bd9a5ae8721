package com.onboarding.console.aws;

import java.util.List;

/** Cost and Usage Reports' calls (us-east-1): steps 3.4 and 3.6. */
public interface CurReports {

    /** cur PutReportDefinition; false when a report of that name exists already. */
    boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition);

    /** cur DescribeReportDefinitions, all pages. */
    List<ReportDefinitionSpec> reportDefinitions(AwsTarget target);
}
