package com.onboarding.console.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsParts;
import com.onboarding.console.aws.AwsPortsContract;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RolePropagations;
import com.onboarding.console.aws.RoleSpec;
import com.onboarding.console.aws.TaxRegistration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxAwsContractTest extends AwsPortsContract {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TestSandbox simulated = TestSandbox.create(settings, new AwsCallMetrics(registry),
            RolePropagations.noDelay(), Clock.systemUTC());
    private final SandboxAws sandbox = simulated.people();

    @Override
    protected AwsParts aws() {
        return simulated.ports();
    }

    @Override
    protected void givenNoRole(AwsTarget target, RoleSpec role) {
        // A fresh sandbox account has no roles.
    }

    @Override
    protected void givenRole(AwsTarget target, RoleSpec role, String trustPolicy) {
        aws().roles().createRole(target, role.roleName(), trustPolicy);
        aws().roles().putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());
    }

    @Override
    protected void givenNoBucket(AwsTarget target, String bucket, String policy) {
        // Bucket names of fresh accounts are free.
    }

    @Override
    protected void givenOwnBucket(AwsTarget target, String bucket, BucketEncryption encryption, String policy) {
        aws().buckets().createBucket(target, bucket, settings.bucketRegion());
        aws().buckets().putPublicAccessBlock(target, bucket, PublicAccessBlock.ALL);
        sandbox.setBucketEncryption(target.accountId(), bucket, encryption);
        aws().buckets().putBucketPolicy(target, bucket, policy);
    }

    @Override
    protected void givenOwnBucketInRegion(AwsTarget target, String bucket, String region) {
        aws().buckets().createBucket(target, bucket, region);
    }

    @Override
    protected void givenBucketOfAnotherAccount(AwsTarget target, String bucket) {
        var other = new AwsTarget("999988887777", "x", "ops", sandbox.issueCredentials("999988887777"));
        aws().buckets().createBucket(other, bucket, "us-east-1");
    }

    @Override
    protected void givenNoReport(AwsTarget target, ReportDefinitionSpec wanted) {
        // A fresh sandbox account has no reports.
    }

    @Override
    protected void givenReport(AwsTarget target, ReportDefinitionSpec existing) {
        aws().buckets().createBucket(target, existing.s3Bucket(), existing.s3Region());
        aws().buckets().putBucketPolicy(target, existing.s3Bucket(), policies.reportBucketPolicy(target.accountId()));
        aws().reports().putReportDefinition(target, existing);
    }

    @Override
    protected void givenAccount(AwsTarget target, OrganizationFacts organization, boolean rootMfa) {
        sandbox.setRootEmail(target.accountId(), organization.masterAccountEmail());
        sandbox.setRootMfa(target.accountId(), rootMfa);
    }

    @Override
    protected void givenReportRegionRefused(AwsTarget target, String awsMessage) {
        // The sandbox validates S3Region itself; the contract compares its words with CUR's.
    }

    @Override
    protected void givenBucketNameAgainstS3Rules(AwsTarget target, String bucket) {
        // The sandbox applies S3's naming rules itself.
    }

    @Override
    protected void givenAdministratorAccessHeldBy(AwsTarget target, List<String> users,
            Map<String, List<String>> groups) {
        users.forEach(user -> sandbox.createAdminUser(target.accountId(), user));
        groups.forEach((group, members) -> sandbox.createAdminGroup(target.accountId(), group, members));
    }

    @Override
    protected void givenPlatformRoleWithout(AwsTarget target, AwsOperation operation, String awsMessage) {
        // The sandbox words its refusal itself; the contract compares it with AWS's.
        var role = policies.platformRole(target.accountId(), target.externalId());
        aws().roles().createRole(target, role.roleName(), role.trustPolicy());
        aws().roles().putRolePolicy(target, role.roleName(), role.policyName(),
                without(role.permissionsPolicy(), operation.actions()));
    }

    @Test
    void injectedFailuresArePlayedThenCallsSucceedAgain() {
        sandbox.failNext(target.accountId(), Reason.THROTTLED, 2);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> aws().accountSecurity().rootMfaEnabled(target))
                    .isInstanceOfSatisfying(AwsCallException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.THROTTLED);
                        assertThat(e.getMessage()).contains("iam:GetAccountSummary", target.accountId());
                    });
        }
        assertThat(aws().accountSecurity().rootMfaEnabled(target)).isTrue();
        assertThat(registry.get(AwsCallMetrics.TIMER).tag("operation", "GetAccountSummary")
                .tag("outcome", "throttled").timer().count()).isEqualTo(2);
        assertThat(registry.get(AwsCallMetrics.TIMER).tag("service", "iam").tag("operation", "GetAccountSummary")
                .tag("outcome", "success").timer().count()).isEqualTo(1);
    }

    @Test
    void withoutPastedCredentialsThePlatformRoleMustExist() {
        var assuming = new AwsTarget(target.accountId(), target.externalId(), "ops", null);
        assertThatThrownBy(() -> aws().accountSecurity().rootMfaEnabled(assuming))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED));

        aws().onboarding(policies, settings, RolePropagations.immediate()).ensurePlatformRole(target);

        assertThat(aws().accountSecurity().rootMfaEnabled(assuming)).isTrue();
        var wrongExternalId = new AwsTarget(target.accountId(), "someone-else", "ops", null);
        assertThatThrownBy(() -> aws().accountSecurity().rootMfaEnabled(wrongExternalId))
                .isInstanceOf(AwsCallException.class);
    }

    @Test
    void assumeRoleFollowsTheTrustPolicysMeaningNotItsText() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        // The console's trust as IAM reads it: the account by its id, the action and ExternalId in lists.
        var trust = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Platform", "Effect": "Allow",
                 "Principal": {"AWS": ["%s"]}, "Action": ["sts:AssumeRole"],
                 "Condition": {"StringEquals": {"sts:ExternalId": ["%s"]}}}]}"""
                .formatted(settings.platformAccountId(), target.externalId());
        aws().roles().createRole(target, role.roleName(), trust);
        aws().roles().putRolePolicy(target, role.roleName(), role.policyName(), role.permissionsPolicy());

        assertThat(aws().accountSecurity().rootMfaEnabled(assuming())).isTrue();
        var otherExternalId = new AwsTarget(target.accountId(), "someone-else", "ops", null);
        assertThatThrownBy(() -> aws().accountSecurity().rootMfaEnabled(otherExternalId))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
                    assertThat(e.awsAnswer()).isEqualTo("AccessDenied: User: arn:aws:sts::"
                            + settings.platformAccountId() + ":assumed-role/onboarding-console/console-session is"
                            + " not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"
                            + target.accountId() + ":role/" + role.roleName());
                });
    }

    @Test
    void anExplicitDenyInTheRolesPoliciesWins() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        givenRole(target, role, role.trustPolicy());
        aws().roles().putRolePolicy(target, role.roleName(), "NoTax", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "tax:*", "Resource": "*"}]}""");

        assertThat(aws().accountSecurity().rootMfaEnabled(assuming())).isTrue();
        assertThatThrownBy(() -> aws().tax().getTaxRegistration(assuming()))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED));
    }

    @Test
    void aMalformedPolicyIsRefusedWhenPut() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        givenRole(target, role, role.trustPolicy());

        assertThatThrownBy(() -> aws().roles().putRolePolicy(target, role.roleName(), "Broken", "{\"Statement\": ["))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.awsAnswer()).startsWith("MalformedPolicyDocument: "));
    }

    @Test
    void reportsAreRefusedABucketWhosePolicyComparesTheSourceArnLiterally() {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        aws().buckets().createBucket(target, wanted.s3Bucket(), wanted.s3Region());
        // The earlier form: StringEquals takes the trailing * literally, so no report's ARN matches.
        aws().buckets().putBucketPolicy(target, wanted.s3Bucket(), """
                {"Version": "2012-10-17", "Statement": [
                 {"Effect": "Allow", "Principal": {"Service": "billingreports.amazonaws.com"},
                  "Action": ["s3:GetBucketAcl", "s3:GetBucketPolicy"], "Resource": "arn:aws:s3:::%1$s",
                  "Condition": {"StringEquals": {"aws:SourceArn": "arn:aws:cur:us-east-1:%2$s:definition/*",
                   "aws:SourceAccount": "%2$s"}}},
                 {"Effect": "Allow", "Principal": {"Service": "billingreports.amazonaws.com"},
                  "Action": "s3:PutObject", "Resource": "arn:aws:s3:::%1$s/*",
                  "Condition": {"StringEquals": {"aws:SourceArn": "arn:aws:cur:us-east-1:%2$s:definition/*",
                   "aws:SourceAccount": "%2$s"}}}]}""".formatted(wanted.s3Bucket(), target.accountId()));

        assertThatThrownBy(() -> aws().reports().putReportDefinition(target, wanted))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(e.awsAnswer()).isEqualTo(
                        "ValidationException: Failed to verify customer bucket permission. accountId= "
                                + target.accountId() + ", bucket name: " + wanted.s3Bucket()
                                + ", bucket region: us-east-1"));
        assertThat(sandbox.account(target.accountId()).reportDefinitions()).isEmpty();

        aws().buckets().putBucketPolicy(target, wanted.s3Bucket(), policies.reportBucketPolicy(target.accountId()));
        assertThat(aws().reports().putReportDefinition(target, wanted)).isTrue();
    }

    @Test
    void reportsAreRefusedABucketWithoutPolicy() {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        aws().buckets().createBucket(target, wanted.s3Bucket(), wanted.s3Region());

        assertThatThrownBy(() -> aws().reports().putReportDefinition(target, wanted))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.awsAnswer()).startsWith("ValidationException: "));
    }

    @Test
    void issuedCredentialsBelongToTheirAccountOthersToTheTarget() {
        var issued = sandbox.issueCredentials("111122223333");

        assertThat(aws().identity().accountOf(new AwsTarget(target.accountId(), "x", "ops", issued)))
                .isEqualTo("111122223333");
        assertThat(aws().identity().accountOf(target)).isEqualTo(target.accountId());
        assertThat(aws().identity().accountOf(issued)).isEqualTo("111122223333");
    }

    @Test
    void adminUsersCreatedInTheSandboxAreSeen() {
        assertThat(aws().accountSecurity().adminUserPresent(target)).isFalse();

        sandbox.createAdminUser(target.accountId(), "admin");

        assertThat(aws().accountSecurity().adminUserPresent(target)).isTrue();
        assertThat(sandbox.account(target.accountId()).adminUsers()).containsExactly("admin");
    }

    @Test
    void createBucketAnswersAsS3DoesForTheOwnerOutsideUsEast1() {
        var bucket = settings.reportName(target.accountId());
        assertThat(aws().buckets().createBucket(target, bucket, "eu-west-1")).isEqualTo(BucketCreation.CREATED);

        assertThat(aws().buckets().createBucket(target, bucket, "eu-west-1")).isEqualTo(BucketCreation.ALREADY_OWNED);
        assertThat(aws().buckets().createBucket(target, bucket, "us-east-1")).isEqualTo(BucketCreation.CREATED);
        assertThat(sandbox.account(target.accountId()).buckets()).containsExactly(bucket);
    }

    @Test
    void bucketNamesAgainstS3sRulesAreRefusedInS3sWords() {
        for (var name : List.of("ab", "a".repeat(64), "Upper-case", "-starts-with-hyphen", "ends-with-hyphen-",
                "two..dots", "192.168.5.4", "xn--punycode", "sthree-bucket", "amzn-s3-demo-x", "reports-s3alias",
                "reports--ol-s3", "reports.mrap", "under_score")) {
            assertThatThrownBy(() -> aws().buckets().createBucket(target, name, "us-east-1")).as(name)
                    .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(e.awsAnswer())
                            .isEqualTo("InvalidBucketName: The specified bucket is not valid."));
        }
        assertThat(aws().buckets().createBucket(target, "a.b-3", "us-east-1")).isEqualTo(BucketCreation.CREATED);
    }

    @Test
    void aTaxRegistrationAwsWouldRefuseIsRefusedWithItsValidationException() {
        var canadian = new TaxRegistration("GST", "123456789RT0001", "Maple Ltd", "1 Bay Street", "Toronto", "M5J 2N8",
                null, "CA");

        assertThatThrownBy(() -> aws().tax().putTaxRegistration(target, canadian))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(e.awsAnswer())
                        .isEqualTo("ValidationException: 1 validation error detected: Value at"
                                + " 'taxRegistrationEntry.legalAddress.stateOrRegion' failed to satisfy constraint"));
        assertThat(aws().tax().getTaxRegistration(target)).isEmpty();

        aws().tax().putTaxRegistration(target, new TaxRegistration("GST", "123456789RT0001", "Maple Ltd",
                "1 Bay Street", "Toronto", "M5J 2N8", "Ontario", "CA"));
        sandbox.setTaxRegistrationStatus(target.accountId(), FiledTaxRegistration.Status.PENDING);
        assertThat(aws().tax().getTaxRegistration(target)).hasValueSatisfying(filed -> {
            assertThat(filed.status()).isEqualTo(FiledTaxRegistration.Status.PENDING);
            assertThat(filed.registration().stateOrRegion()).isEqualTo("Ontario");
        });
    }
}
