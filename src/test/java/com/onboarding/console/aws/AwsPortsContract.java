package com.onboarding.console.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.aws.AwsCallException.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every AWS implementation must do alike: the sandbox and the SDK (against WireMock) both run these, so they
 * cannot drift apart. Implementations realize each "given" the way they can: the sandbox by changing its accounts,
 * WireMock by answering as AWS would in that state.
 */
public abstract class AwsPortsContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected final AwsSettings settings = TestAwsSettings.defaults();
    protected final PolicyDocuments policies = new PolicyDocuments(settings);
    protected AwsTarget target;
    private AwsOnboarding onboarding;
    private ReportBucket reportBucket;

    protected abstract AwsParts aws();

    /** AWS has no such role yet; it answers as it would while the console creates it. */
    protected abstract void givenNoRole(AwsTarget target, RoleSpec role);

    /** The role exists with this trust policy and the console's inline policy. */
    protected abstract void givenRole(AwsTarget target, RoleSpec role, String trustPolicy);

    /** The bucket does not exist yet; AWS answers as it would while the console creates it. */
    protected abstract void givenNoBucket(AwsTarget target, String bucket, String policy);

    /**
     * This account holds the bucket already in the bucket region (us-east-1), public access blocked, encrypted so,
     * with this policy; a policy put replaces it, and GetBucketPolicy answers with the one put last.
     */
    protected abstract void givenOwnBucket(AwsTarget target, String bucket, BucketEncryption encryption,
            String policy);

    /** This account holds the bucket in another region than the console's bucket region. */
    protected abstract void givenOwnBucketInRegion(AwsTarget target, String bucket, String region);

    /** Another account holds the bucket name. */
    protected abstract void givenBucketOfAnotherAccount(AwsTarget target, String bucket);

    /** No report definition yet; AWS answers as it would while the console creates it. */
    protected abstract void givenNoReport(AwsTarget target, ReportDefinitionSpec wanted);

    /** A report of this name exists already with these settings (its bucket too). */
    protected abstract void givenReport(AwsTarget target, ReportDefinitionSpec existing);

    protected abstract void givenAccount(AwsTarget target, OrganizationFacts organization, boolean rootMfa);

    /**
     * The platform role exists as the console creates it, but its policy lacks the operation's actions: AWS
     * refuses the operation to the assumed role with this message.
     */
    protected abstract void givenPlatformRoleWithout(AwsTarget target, AwsOperation operation, String awsMessage);

    /** CUR refuses a report definition whose S3Region is none of its API's values, with this message. */
    protected abstract void givenReportRegionRefused(AwsTarget target, String awsMessage);

    /** S3 refuses the bucket name by its naming rules. */
    protected abstract void givenBucketNameAgainstS3Rules(AwsTarget target, String bucket);

    /** AdministratorAccess is attached to these users and to these groups, each with its members. */
    protected abstract void givenAdministratorAccessHeldBy(AwsTarget target, List<String> users,
            Map<String, List<String>> groups);

    @BeforeEach
    void newAccount() {
        var random = ThreadLocalRandom.current();
        var accountId = String.valueOf(random.nextLong(100_000_000_000L, 1_000_000_000_000L));
        target = new AwsTarget(accountId, "ext-" + random.nextInt(1_000_000), "ops",
                new TemporaryCredentials("ASIATESTKEY234567ABC", "s".repeat(40),
                        "token-" + random.nextInt()));
        onboarding = aws().onboarding(policies, settings, RolePropagations.immediate());
        reportBucket = aws().reportBucket(policies, settings);
    }

    @Test
    void createsThePlatformRoleThenVerifiesIt() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        givenNoRole(target, role);

        var created = onboarding.ensurePlatformRole(target);
        assertThat(created.ok()).as(created.message()).isTrue();
        assertThat(created.message()).contains("Created the platform role doitintl_cmp");

        var checked = onboarding.checkPlatformRole(target);
        assertThat(checked.ok()).as(checked.message()).isTrue();
        assertThat(checked.message()).contains("AssumeRole with the customer's ExternalId works");
    }

    @Test
    void aRoleThatExistsAsWantedIsFine() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        givenRole(target, role, role.trustPolicy());

        var result = onboarding.ensurePlatformRole(target);

        assertThat(result).isEqualTo(AwsResult.ok("The platform role doitintl_cmp already exists as wanted"));
    }

    @Test
    void aRoleWithAnotherTrustIsNamedAsDiffering() {
        var role = policies.platformRole(target.accountId(), target.externalId());
        var otherPlatform = TestAwsSettings.bound(Map.of("platform-account-id", "999999999999"));
        var foreignTrust = new PolicyDocuments(otherPlatform).platformRole(target.accountId(), target.externalId())
                .trustPolicy();
        givenRole(target, role, foreignTrust);

        var result = onboarding.ensurePlatformRole(target);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("The platform role doitintl_cmp already exists, but its trust"
                + " policy allows account 999999999999, expected account 123456789012");
    }

    @Test
    void aBillingRoleWithAnotherExternalIdIsNamedAsDiffering() {
        var role = policies.billingRole(target.accountId(), target.externalId());
        givenRole(target, role, role.trustPolicy().replace(target.externalId(), "other"));

        var result = onboarding.ensureBillingRole(target);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("AWSAdmin already exists, but its trust policy requires ExternalId"
                + " other, expected " + target.externalId());
    }

    @Test
    void createsTheReportBucketThenVerifiesIt() {
        var bucket = settings.reportName(target.accountId());
        givenNoBucket(target, bucket, policies.reportBucketPolicy(target.accountId()));

        var created = reportBucket.ensureReportBucket(target);
        assertThat(created.ok()).as(created.message()).isTrue();
        assertThat(created.message()).startsWith("Created the bucket doitintl-awsops-" + target.accountId());

        var checked = reportBucket.checkReportBucket(target);
        assertThat(checked.ok()).as(checked.message()).isTrue();
    }

    @Test
    void aBucketWithThePolicyOfTheOldFormIsAcceptedAndNamedForRepair() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucket(target, bucket, BucketEncryption.SSE_S3, oldFormPolicy());

        var checked = reportBucket.checkReportBucket(target);

        assertThat(checked.ok()).as(checked.message()).isTrue();
        assertThat(checked.message()).contains("in its old form: aws:SourceArn under StringEquals is compared"
                + " literally", "Run 3.5 again to repair it");
    }

    @Test
    void runningTheBucketStepAgainRepairsThePolicyOfTheOldForm() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucket(target, bucket, BucketEncryption.SSE_S3, oldFormPolicy());

        var repaired = reportBucket.ensureReportBucket(target);

        assertThat(repaired.ok()).as(repaired.message()).isTrue();
        assertThat(repaired.message()).contains("the console brought its report delivery policy to the current form");
        assertThat(aws().buckets().bucketPolicy(target, bucket)).hasValueSatisfying(policy -> assertThat(
                PolicyDocuments.difference("policy", policy, policies.reportBucketPolicy(target.accountId())))
                .isEmpty());
        var checked = reportBucket.checkReportBucket(target);
        assertThat(checked.ok()).as(checked.message()).isTrue();
        assertThat(checked.message()).doesNotContain("old form");
    }

    /** The report bucket policy as the console wrote it before: both conditions under StringEquals. */
    private String oldFormPolicy() {
        var account = target.accountId();
        var bucket = settings.reportName(account);
        var condition = "{\"StringEquals\": {\"aws:SourceArn\": \"arn:aws:cur:us-east-1:" + account
                + ":definition/*\", \"aws:SourceAccount\": \"" + account + "\"}}";
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"CostAndUsageReportBucketCheck\","
                + " \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"billingreports.amazonaws.com\"},"
                + " \"Action\": [\"s3:GetBucketAcl\", \"s3:GetBucketPolicy\"], \"Resource\": \"arn:aws:s3:::"
                + bucket + "\", \"Condition\": " + condition + "}, {\"Sid\": \"CostAndUsageReportDelivery\","
                + " \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"billingreports.amazonaws.com\"},"
                + " \"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::" + bucket + "/*\","
                + " \"Condition\": " + condition + "}]}";
    }

    @Test
    void aBucketOfThisAccountInUsEast1IsKeptAsItIsAndNotReportedAsCreated() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucket(target, bucket, BucketEncryption.SSE_S3, policies.reportBucketPolicy(target.accountId()));

        var result = reportBucket.ensureReportBucket(target);

        assertThat(result).isEqualTo(AwsResult.ok("The bucket " + bucket + " already exists as wanted"));
        // S3 accepts CreateBucket again for the owner in us-east-1: its answer says nothing about who made it.
        assertThat(aws().buckets().createBucket(target, bucket, "us-east-1")).isEqualTo(BucketCreation.CREATED);
    }

    @Test
    void aCustomersKmsEncryptionIsKept() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucket(target, bucket, BucketEncryption.SSE_KMS, policies.reportBucketPolicy(target.accountId()));

        var result = reportBucket.ensureReportBucket(target);
        var checked = reportBucket.checkReportBucket(target);

        assertThat(result).isEqualTo(AwsResult.ok("The bucket " + bucket + " already exists as wanted (its aws:kms"
                + " encryption is kept)"));
        assertThat(checked.ok()).as(checked.message()).isTrue();
        assertThat(aws().buckets().bucketEncryption(target, bucket)).contains(BucketEncryption.SSE_KMS);
    }

    @Test
    void aBucketNameHeldByAnotherAccountFailsTheCheckWithHeadBucketsRefusal() {
        var bucket = settings.reportName(target.accountId());
        givenBucketOfAnotherAccount(target, bucket);

        assertThat(aws().buckets().headBucket(target, bucket)).isEqualTo(BucketHead.of(BucketHead.Status.FORBIDDEN));
        var checked = reportBucket.checkReportBucket(target);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.message()).isEqualTo("The bucket " + bucket + " is not this account's: HeadBucket was"
                + " refused (403), so another AWS account holds the name, or the credentials may not read it.");
    }

    @Test
    void aBucketInAnotherRegionIsNamedWithItsRegion() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucketInRegion(target, bucket, "eu-west-1");

        var result = reportBucket.ensureReportBucket(target);

        assertThat(aws().buckets().headBucket(target, bucket))
                .isEqualTo(new BucketHead(BucketHead.Status.IN_OTHER_REGION, "eu-west-1"));
        assertThat(result.ok()).isFalse();
        assertThat(result.message()).startsWith("The bucket " + bucket + " is in eu-west-1, not in us-east-1");
    }

    @Test
    void aBucketNameHeldByAnotherAccountIsRefused() {
        var bucket = settings.reportName(target.accountId());
        givenBucketOfAnotherAccount(target, bucket);

        var result = reportBucket.ensureReportBucket(target);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("The bucket name " + bucket + " is taken by another AWS account");
    }

    @Test
    void createsTheReportDefinitionThenVerifiesIt() {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        givenNoBucket(target, wanted.s3Bucket(), policies.reportBucketPolicy(target.accountId()));
        givenNoReport(target, wanted);
        assertThat(reportBucket.ensureReportBucket(target).ok()).isTrue();

        var created = onboarding.ensureReportDefinition(target);
        assertThat(created.ok()).as(created.message()).isTrue();
        assertThat(created.message()).startsWith("Created the report definition " + wanted.reportName());

        var checked = onboarding.checkReportDefinition(target);
        assertThat(checked.ok()).as(checked.message()).isTrue();
        assertThat(onboarding.reportsAvailable(target)).isTrue();
    }

    @Test
    void aReportWithOtherSettingsIsNamedAsDiffering() {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        givenReport(target, new ReportDefinitionSpec(wanted.reportName(), "DAILY", wanted.format(),
                wanted.compression(), Set.of(), wanted.s3Bucket(), wanted.s3Prefix(), wanted.s3Region(), true,
                wanted.reportVersioning()));

        var result = onboarding.ensureReportDefinition(target);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("The report definition " + wanted.reportName() + " already exists,"
                + " but TimeUnit is DAILY, expected HOURLY; AdditionalSchemaElements is [], expected [RESOURCES]");
    }

    @Test
    void curRefusesAReportIntoABucketRegionItDoesNotDeliverTo() {
        var wanted = ReportDefinitionSpec.wanted(settings, target.accountId());
        var newer = new ReportDefinitionSpec(wanted.reportName(), wanted.timeUnit(), wanted.format(),
                wanted.compression(), wanted.additionalSchemaElements(), wanted.s3Bucket(), wanted.s3Prefix(),
                "ca-west-1", wanted.refreshClosedReports(), wanted.reportVersioning());
        var message = "1 validation error detected: Value 'ca-west-1' at 'reportDefinition.s3Region' failed to"
                + " satisfy constraint: Member must satisfy enum value set: ["
                + String.join(", ", CurBucketRegions.ACCEPTED) + "]";
        givenReportRegionRefused(target, message);

        assertThatThrownBy(() -> aws().reports().putReportDefinition(target, newer))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e.operation()).isEqualTo("cur:PutReportDefinition");
                    assertThat(e.awsAnswer()).isEqualTo("ValidationException: " + message);
                });
    }

    @Test
    void theAssumedPlatformRoleIsRefusedWhatItsPolicyLacksInAwsWords() {
        var message = refusal(AwsOperation.GET_ACCOUNT_SUMMARY, "*");
        givenPlatformRoleWithout(target, AwsOperation.GET_ACCOUNT_SUMMARY, message);

        assertThatThrownBy(() -> aws().accountSecurity().rootMfaEnabled(assuming()))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
                    assertThat(e.getMessage()).startsWith("AWS denied iam:GetAccountSummary in account "
                            + target.accountId() + ":");
                    assertThat(e.awsAnswer()).isEqualTo("AccessDenied: " + message);
                });
    }

    @Test
    void aRefusalNamesTheIamActionWhereItDiffersFromTheOperation() {
        var message = refusal(AwsOperation.GET_TAX_REGISTRATION, "*");
        givenPlatformRoleWithout(target, AwsOperation.GET_TAX_REGISTRATION, message);

        assertThatThrownBy(() -> aws().tax().getTaxRegistration(assuming()))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
                    assertThat(e.getMessage()).startsWith("AWS denied taxsettings:GetTaxRegistration (IAM action"
                            + " tax:GetTaxRegistration) in account " + target.accountId() + ":");
                    assertThat(e.awsAnswer()).isEqualTo("AccessDeniedException: " + message);
                });
    }

    @Test
    void s3RefusesTheAssumedRoleGetBucketPolicyItsPolicyLacksInAwsWords() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucket(target, bucket, BucketEncryption.SSE_S3, policies.reportBucketPolicy(target.accountId()));
        var message = refusal(AwsOperation.GET_BUCKET_POLICY, bucket);
        givenPlatformRoleWithout(target, AwsOperation.GET_BUCKET_POLICY, message);

        assertRefused(() -> aws().buckets().bucketPolicy(assuming(), bucket), "s3:GetBucketPolicy",
                "AccessDenied: " + message);
    }

    @Test
    void curRefusesTheAssumedRoleDescribeReportDefinitionsItsPolicyLacksInAwsWords() {
        var message = refusal(AwsOperation.DESCRIBE_REPORT_DEFINITIONS, "*");
        givenPlatformRoleWithout(target, AwsOperation.DESCRIBE_REPORT_DEFINITIONS, message);

        assertRefused(() -> aws().reports().reportDefinitions(assuming()), "cur:DescribeReportDefinitions",
                "AccessDeniedException: " + message);
    }

    @Test
    void organizationsRefusesTheAssumedRoleDescribeOrganizationItsPolicyLacksInAwsWords() {
        var message = refusal(AwsOperation.DESCRIBE_ORGANIZATION, "*");
        givenPlatformRoleWithout(target, AwsOperation.DESCRIBE_ORGANIZATION, message);

        assertRefused(() -> aws().organizations().describeOrganization(assuming()),
                "organizations:DescribeOrganization", "AccessDeniedException: " + message);
    }

    @Test
    void anotherAccountsBucketIsRefusedWith403ToEveryRead() {
        var bucket = settings.reportName(target.accountId());
        givenBucketOfAnotherAccount(target, bucket);

        assertRefused(() -> aws().buckets().bucketPolicy(target, bucket), "s3:GetBucketPolicy",
                "AccessDenied: Access Denied");
        assertRefused(() -> aws().buckets().publicAccessBlock(target, bucket), "s3:GetPublicAccessBlock (IAM action"
                + " s3:GetBucketPublicAccessBlock)", "AccessDenied: Access Denied");
    }

    @Test
    void aBucketInAnotherRegionIsRedirectedAndCreatingItAgainIsRefusedAsOwned() {
        var bucket = settings.reportName(target.accountId());
        givenOwnBucketInRegion(target, bucket, "eu-west-1");

        assertThatThrownBy(() -> aws().buckets().bucketEncryption(target, bucket))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e.awsAnswer()).startsWith("PermanentRedirect: The bucket you are attempting to access"
                            + " must be addressed using the specified endpoint.");
                });
        // Outside us-east-1 S3 answers 409 BucketAlreadyOwnedByYou to the owner.
        assertThat(aws().buckets().createBucket(target, bucket, "eu-west-1")).isEqualTo(BucketCreation.ALREADY_OWNED);
    }

    @Test
    void s3RefusesABucketNameAgainstItsNamingRules() {
        // A reserved prefix: the SDK itself lets the name through, S3 refuses it.
        var bucket = "sthree-reports-" + target.accountId();
        givenBucketNameAgainstS3Rules(target, bucket);

        assertThatThrownBy(() -> aws().buckets().createBucket(target, bucket, settings.bucketRegion()))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e.awsAnswer()).isEqualTo("InvalidBucketName: The specified bucket is not valid.");
                });
    }

    /** The request is refused as AccessDenied, named so, with AWS's answer. */
    private void assertRefused(ThrowingCallable request, String deniedName, String awsAnswer) {
        assertThatThrownBy(request).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
            assertThat(e.getMessage()).startsWith("AWS denied " + deniedName + " in account " + target.accountId()
                    + ":");
            assertThat(e.awsAnswer()).isEqualTo(awsAnswer);
        });
    }

    /** The same account and customer, without pasted credentials: calls go through the assumed platform role. */
    protected AwsTarget assuming() {
        return new AwsTarget(target.accountId(), target.externalId(), target.actingUser(), null);
    }

    /** AWS's words when the assumed platform role may not make the request. */
    protected String refusal(AwsOperation operation, String resourceName) {
        var action = operation.actions().getFirst();
        var resource = operation.resource(target.accountId(), resourceName);
        // S3 quotes the resource; IAM and the other services do not.
        var shown = operation.service().equals("s3") ? "\"" + resource + "\"" : resource;
        return "User: arn:aws:sts::" + target.accountId() + ":assumed-role/" + settings.platformRoleName() + "/"
                + target.sessionName() + " is not authorized to perform: " + action + " on resource: " + shown
                + " because no identity-based policy allows the " + action + " action";
    }

    /** Whether the policy's action, perhaps with IAM's * wildcard, grants the action. */
    private static boolean grants(String listed, String action) {
        var pattern = Arrays.stream(listed.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(action).matches();
    }

    /** The policy without these actions, nor wildcards granting them; a statement left without actions is dropped. */
    protected static String without(String policy, List<String> actions) {
        var document = (ObjectNode) JSON.readTree(policy);
        var kept = JSON.createArrayNode();
        for (var statement : document.get("Statement")) {
            var remaining = JSON.createArrayNode();
            var listed = statement.get("Action");
            (listed.isArray() ? listed.values() : List.of(listed)).forEach(action -> {
                if (actions.stream().noneMatch(a -> grants(action.asString(), a))) {
                    remaining.add(action);
                }
            });
            if (!remaining.isEmpty()) {
                kept.add(((ObjectNode) statement).set("Action", remaining));
            }
        }
        document.set("Statement", kept);
        return JSON.writeValueAsString(document);
    }

    @Test
    void anAdministratorThroughAGroupCounts() {
        givenAdministratorAccessHeldBy(target, List.of(), Map.of("Administrators", List.of("anna")));

        assertThat(aws().accountSecurity().adminUserPresent(target)).isTrue();
    }

    @Test
    void anAdministratorGroupWithoutUsersDoesNotCount() {
        givenAdministratorAccessHeldBy(target, List.of(), Map.of("Administrators", List.of()));

        assertThat(aws().accountSecurity().adminUserPresent(target)).isFalse();
    }

    @Test
    void anAdministratorUserCounts() {
        givenAdministratorAccessHeldBy(target, List.of("admin"), Map.of());

        assertThat(aws().accountSecurity().adminUserPresent(target)).isTrue();
    }

    @Test
    void tellsOrganizationFactsAndRootMfa() {
        var facts = new OrganizationFacts("o-contract1", target.accountId(), "aws+" + target.accountId()
                + "@reseller.example");
        givenAccount(target, facts, false);

        assertThat(aws().organizations().describeOrganization(target).masterAccountId()).isEqualTo(target.accountId());
        assertThat(aws().organizations().describeOrganization(target).masterAccountEmail())
                .isEqualTo(facts.masterAccountEmail());
        assertThat(aws().accountSecurity().rootMfaEnabled(target)).isFalse();
    }
}
