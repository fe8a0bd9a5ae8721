package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsParts;
import com.onboarding.console.aws.AwsPortsContract;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RoleSpec;
import com.onboarding.console.aws.TestAwsSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The shared contract, with AWS played by WireMock answering as AWS would in each given state. */
class SdkAwsContractTest extends AwsPortsContract {

    private static AwsStubs stubs;
    private static SdkAws sdk;
    private static AwsParts parts;

    @BeforeAll
    static void startAws() {
        stubs = new AwsStubs();
        sdk = new SdkAws(stubs.settings(TestAwsSettings.defaults()), new AwsCallMetrics(new SimpleMeterRegistry()),
                AwsStubs.CONSOLE_IDENTITY);
        parts = SdkParts.of(sdk);
    }

    @AfterAll
    static void stopAws() {
        sdk.close();
        stubs.stop();
    }

    @AfterEach
    void forgetStubs() {
        stubs.resetAll();
    }

    @Override
    protected AwsParts aws() {
        return parts;
    }

    @Override
    protected void givenNoRole(AwsTarget target, RoleSpec role) {
        stubs.roleCreated(role.roleName());
        stubs.role(role.roleName(), role.trustPolicy());
        stubs.rolePolicy(role.roleName(), role.policyName(), role.permissionsPolicy());
        stubs.assumeRoleWorks();
    }

    @Override
    protected void givenRole(AwsTarget target, RoleSpec role, String trustPolicy) {
        stubs.stubFor(AwsOperation.CREATE_ROLE, stubs.query("CreateRole")
                .willReturn(AwsStubs.queryError(409, "EntityAlreadyExists")));
        stubs.role(role.roleName(), trustPolicy);
        stubs.rolePolicy(role.roleName(), role.policyName(), role.permissionsPolicy());
    }

    @Override
    protected void givenNoBucket(AwsTarget target, String bucket, String policy) {
        stubs.bucketCreatedAsWanted(bucket, policy);
    }

    @Override
    protected void givenOwnBucket(AwsTarget target, String bucket, BucketEncryption encryption, String policy) {
        stubs.ownBucket(bucket, policy, encryption.algorithm(), policies.reportBucketPolicy(target.accountId()));
    }

    @Override
    protected void givenOwnBucketInRegion(AwsTarget target, String bucket, String region) {
        stubs.bucketInRegion(bucket, region);
    }

    @Override
    protected void givenBucketOfAnotherAccount(AwsTarget target, String bucket) {
        stubs.bucketOfAnotherAccount(bucket);
    }

    @Override
    protected void givenNoReport(AwsTarget target, ReportDefinitionSpec wanted) {
        stubs.reportCreated();
        stubs.reports(wanted);
    }

    @Override
    protected void givenReport(AwsTarget target, ReportDefinitionSpec existing) {
        stubs.reportExists();
        stubs.reports(existing);
    }

    @Override
    protected void givenAccount(AwsTarget target, OrganizationFacts organization, boolean rootMfa) {
        stubs.organization(organization.organizationId(), organization.masterAccountId(),
                organization.masterAccountEmail());
        stubs.accountSummary(rootMfa);
    }

    @Override
    protected void givenReportRegionRefused(AwsTarget target, String awsMessage) {
        stubs.reportRefused("ValidationException", awsMessage);
    }

    @Override
    protected void givenBucketNameAgainstS3Rules(AwsTarget target, String bucket) {
        stubs.bucketNameRefused(bucket);
    }

    @Override
    protected void givenAdministratorAccessHeldBy(AwsTarget target, List<String> users,
            Map<String, List<String>> groups) {
        stubs.administratorAccessHeldBy(users, groups);
    }

    @Override
    protected void givenPlatformRoleWithout(AwsTarget target, AwsOperation operation, String awsMessage) {
        stubs.assumeRoleWorks();
        stubs.refused(operation, awsMessage);
    }
}
