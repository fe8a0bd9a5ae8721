package com.onboarding.console.aws.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOnboarding;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsParts;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.CurBucketRegions;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.ReportBucket;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RolePropagations;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.TestAwsSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.costandusagereport.model.AWSRegion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the SDK implementation puts on the wire, and how it reads AWS's failures. Every operation of the table has
 * a test here that asserts its request's parameters; each service answers at an endpoint of its own.
 */
class SdkAwsWireMockTest {

    /** The operations whose requests a test of this class asserted. */
    private static final Set<AwsOperation> ASSERTED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger TESTS_RUN = new AtomicInteger();

    private static final String ACCOUNT = "444455556666";
    private static final String BUCKET = "doitintl-awsops-" + ACCOUNT;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AwsTarget target = new AwsTarget(ACCOUNT, "ext-42", "ops.user@reseller.example",
            new TemporaryCredentials("ASIATESTKEY234567ABC", "t".repeat(40), "session-token-for-tests"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private AwsStubs stubs;
    private AwsSettings settings;
    private SdkAws sdk;
    private AwsParts aws;
    private AwsOnboarding onboarding;
    private ReportBucket reportBucket;

    @BeforeEach
    void start() {
        stubs = new AwsStubs();
        useSettings(TestAwsSettings.defaults());
    }

    private void useSettings(AwsSettings base) {
        if (sdk != null) {
            sdk.close();
        }
        settings = stubs.settings(base);
        sdk = new SdkAws(settings, new AwsCallMetrics(registry), AwsStubs.CONSOLE_IDENTITY);
        aws = SdkParts.of(sdk);
        var policies = new PolicyDocuments(settings);
        onboarding = aws.onboarding(policies, settings, RolePropagations.immediate());
        reportBucket = aws.reportBucket(policies, settings);
    }

    @AfterEach
    void stop() {
        TESTS_RUN.incrementAndGet();
        try {
            // Every request reached the service it was meant for and was answered by a stub there.
            assertThat(stubs.unmatched()).as("requests no stub of their service answered").isEmpty();
        } finally {
            sdk.close();
            stubs.stop();
        }
    }

    /** Once the whole class ran: every operation the console performs had its request asserted by a test. */
    @AfterAll
    static void everyOperationOfTheTableHasAWireTest() {
        var tests = Arrays.stream(SdkAwsWireMockTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
        if (TESTS_RUN.get() == tests) {
            assertThat(ASSERTED).as("operations with a wire test").containsExactlyInAnyOrder(AwsOperation.values());
        }
    }

    @Test
    void createRoleSendsTheTrustPolicyWithThePlatformAccountAndExternalId() {
        stubs.roleCreated("doitintl_cmp");

        assertThat(onboarding.ensurePlatformRole(target).ok()).isTrue();

        var createRole = only(AwsOperation.CREATE_ROLE);
        var form = AwsStubs.form(createRole.getBodyAsString());
        assertThat(form).containsEntry("Action", "CreateRole").containsEntry("RoleName", "doitintl_cmp");
        var trust = JSON.readTree(form.get("AssumeRolePolicyDocument"));
        var statement = trust.get("Statement").get(0);
        assertThat(statement.get("Principal").get("AWS").asString()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThat(statement.get("Action").asString()).isEqualTo("sts:AssumeRole");
        assertThat(statement.get("Condition").get("StringEquals").get("sts:ExternalId").asString())
                .isEqualTo("ext-42");
        assertThat(createRole.getHeader("Authorization")).contains("/us-east-1/iam/aws4_request")
                .contains("Credential=ASIATESTKEY234567ABC/");
        assertThat(createRole.getHeader("X-Amz-Security-Token")).isEqualTo("session-token-for-tests");

        var putPolicy = AwsStubs.form(only(AwsOperation.PUT_ROLE_POLICY).getBodyAsString());
        assertThat(putPolicy).containsEntry("RoleName", "doitintl_cmp")
                .containsEntry("PolicyName", "doitintl_cmp-policy");
        var policy = putPolicy.get("PolicyDocument");
        assertThat(policy).contains("cur:DescribeReportDefinitions", "arn:aws:s3:::" + BUCKET + "/*")
                .doesNotContain("iam:Create", "iam:Put");
    }

    @Test
    void checkAssumesThePlatformRoleWithTheExternalIdAsTheConsole() {
        var role = new PolicyDocuments(settings).platformRole(ACCOUNT, "ext-42");
        stubs.role(role.roleName(), role.trustPolicy());
        stubs.rolePolicy(role.roleName(), role.policyName(), role.permissionsPolicy());
        stubs.assumeRoleWorks();

        assertThat(onboarding.checkPlatformRole(target).ok()).isTrue();

        var assume = only(AwsOperation.ASSUME_ROLE);
        assertThat(AwsStubs.form(assume.getBodyAsString()))
                .containsEntry("RoleArn", "arn:aws:iam::444455556666:role/doitintl_cmp")
                .containsEntry("ExternalId", "ext-42")
                .containsEntry("RoleSessionName", "console-ops.user@reseller.example");
        assertThat(assume.getHeader("Authorization")).contains("Credential=AKIACONSOLE234567ABC/")
                .contains("/us-east-1/sts/aws4_request");
        assertThat(AwsStubs.form(only(AwsOperation.GET_ROLE).getBodyAsString())).containsEntry("Action", "GetRole")
                .containsEntry("Version", "2010-05-08").containsEntry("RoleName", "doitintl_cmp");
        var getPolicy = only(AwsOperation.GET_ROLE_POLICY);
        assertThat(AwsStubs.form(getPolicy.getBodyAsString())).containsEntry("Action", "GetRolePolicy")
                .containsEntry("RoleName", "doitintl_cmp").containsEntry("PolicyName", "doitintl_cmp-policy");
        assertThat(getPolicy.getHeader("Authorization")).contains("/us-east-1/iam/aws4_request")
                .contains("Credential=ASIATESTKEY234567ABC/");
    }

    @Test
    void theBillingRoleAwsAdminTrustsTheBillingAccountWithTheExternalId() {
        stubs.roleCreated("AWSAdmin");

        assertThat(onboarding.ensureBillingRole(target).ok()).isTrue();

        var create = AwsStubs.form(only(AwsOperation.CREATE_ROLE).getBodyAsString());
        assertThat(create).containsEntry("RoleName", "AWSAdmin");
        var statement = JSON.readTree(create.get("AssumeRolePolicyDocument")).get("Statement").get(0);
        assertThat(statement.get("Principal").get("AWS").asString()).isEqualTo("arn:aws:iam::210987654321:root");
        assertThat(statement.get("Condition").get("StringEquals").get("sts:ExternalId").asString())
                .isEqualTo("ext-42");
        var put = AwsStubs.form(only(AwsOperation.PUT_ROLE_POLICY).getBodyAsString());
        assertThat(put).containsEntry("RoleName", "AWSAdmin").containsEntry("PolicyName", "AWSAdmin-policy");
        assertThat(put.get("PolicyDocument")).contains("\"Effect\"");
    }

    @Test
    void theBillingRoleCheckReadsAwsAdminAsIamEncodesIt() {
        var role = new PolicyDocuments(settings).billingRole(ACCOUNT, "ext-42");
        stubs.role(role.roleName(), role.trustPolicy());
        stubs.rolePolicy(role.roleName(), role.policyName(), role.permissionsPolicy());

        var result = onboarding.checkBillingRole(target);

        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(AwsStubs.form(only(AwsOperation.GET_ROLE).getBodyAsString())).containsEntry("RoleName", "AWSAdmin");
        assertThat(AwsStubs.form(only(AwsOperation.GET_ROLE_POLICY).getBodyAsString()))
                .containsEntry("RoleName", "AWSAdmin").containsEntry("PolicyName", "AWSAdmin-policy");
    }

    @Test
    void administratorAccessIsLookedUpOnceForUsersAndGroupsThenTheGroupsMembers() {
        stubs.administratorAccessHeldBy(List.of(), Map.of("Administrators", List.of("anna")));

        assertThat(aws.accountSecurity().adminUserPresent(target)).isTrue();

        var list = AwsStubs.form(only(AwsOperation.LIST_ENTITIES_FOR_POLICY).getBodyAsString());
        assertThat(list).containsEntry("Action", "ListEntitiesForPolicy")
                .containsEntry("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess")
                .doesNotContainKeys("EntityFilter", "Marker");
        assertThat(AwsStubs.form(only(AwsOperation.GET_GROUP).getBodyAsString()))
                .containsEntry("Action", "GetGroup").containsEntry("GroupName", "Administrators")
                .containsEntry("MaxItems", "1");
    }

    @Test
    void rootMfaIsReadFromTheAccountSummary() {
        stubs.accountSummary(true);

        assertThat(aws.accountSecurity().rootMfaEnabled(target)).isTrue();

        var summary = only(AwsOperation.GET_ACCOUNT_SUMMARY);
        assertThat(AwsStubs.form(summary.getBodyAsString())).containsOnlyKeys("Action", "Version")
                .containsEntry("Action", "GetAccountSummary");
        assertThat(summary.getHeader("Authorization")).contains("/us-east-1/iam/aws4_request");
    }

    @Test
    void pastedCredentialsAreAskedWhichAccountTheyBelongTo() {
        stubs.queryOk("GetCallerIdentity", "<Arn>arn:aws:iam::" + ACCOUNT + ":user/admin</Arn><UserId>AIDATEST"
                + "</UserId><Account>" + ACCOUNT + "</Account>");

        assertThat(aws.identity().accountOf(target)).isEqualTo(ACCOUNT);

        var identity = only(AwsOperation.GET_CALLER_IDENTITY);
        assertThat(AwsStubs.form(identity.getBodyAsString())).containsEntry("Action", "GetCallerIdentity")
                .containsEntry("Version", "2011-06-15");
        assertThat(identity.getHeader("Authorization")).contains("Credential=ASIATESTKEY234567ABC/")
                .contains("/us-east-1/sts/aws4_request");
        assertThat(identity.getHeader("X-Amz-Security-Token")).isEqualTo("session-token-for-tests");
    }

    @Test
    void theBucketCheckAsksHeadBucketAndReadsItsSettingsInTheBucketRegion() {
        var policy = new PolicyDocuments(settings).reportBucketPolicy(ACCOUNT);
        stubs.ownBucket(BUCKET, policy, "AES256", policy);

        var result = reportBucket.checkReportBucket(target);

        assertThat(result.ok()).as(result.message()).isTrue();
        for (var operation : List.of(AwsOperation.HEAD_BUCKET, AwsOperation.GET_PUBLIC_ACCESS_BLOCK,
                AwsOperation.GET_BUCKET_ENCRYPTION, AwsOperation.GET_BUCKET_POLICY)) {
            var request = only(operation);
            assertThat(request.getUrl()).as(operation.qualifiedName()).startsWith("/" + BUCKET);
            assertThat(request.getHeader("Authorization")).contains("/us-east-1/s3/aws4_request")
                    .contains("Credential=ASIATESTKEY234567ABC/");
        }
        assertThat(only(AwsOperation.GET_BUCKET_POLICY).queryParameter("policy").isPresent()).isTrue();
        assertThat(only(AwsOperation.GET_PUBLIC_ACCESS_BLOCK).queryParameter("publicAccessBlock").isPresent())
                .isTrue();
        assertThat(only(AwsOperation.GET_BUCKET_ENCRYPTION).queryParameter("encryption").isPresent()).isTrue();
    }

    @Test
    void reportDefinitionsAreDescribedInUsEast1() {
        var wanted = ReportDefinitionSpec.wanted(settings, ACCOUNT);
        stubs.reports(wanted);

        var result = onboarding.checkReportDefinition(target);

        assertThat(result.ok()).as(result.message()).isTrue();
        var describe = only(AwsOperation.DESCRIBE_REPORT_DEFINITIONS);
        assertThat(JSON.readTree(describe.getBodyAsString()).has("NextToken")).isFalse();
        assertThat(describe.getHeader("Authorization")).contains("/us-east-1/cur/aws4_request");
    }

    @Test
    void theTaxRegistrationIsReadForTheAccount() {
        stubs.taxRegistration("FR");

        assertThat(aws.tax().getTaxRegistration(target)).hasValueSatisfying(filed -> assertThat(filed.status())
                .isEqualTo(FiledTaxRegistration.Status.VERIFIED));

        var get = only(AwsOperation.GET_TAX_REGISTRATION);
        assertThat(JSON.readTree(get.getBodyAsString()).get("accountId").asString()).isEqualTo(ACCOUNT);
        assertThat(get.getHeader("Authorization")).contains("/us-east-1/");
    }

    @Test
    void aRequestSentToAnotherServicesEndpointFindsNoAnswer() {
        stubs.accountSummary(true);
        var crossed = new HashMap<String, URI>(settings.endpoints());
        crossed.put("iam", settings.endpoint("sts").orElseThrow());
        try (var misdirected = new SdkAws(TestAwsSettings.withEndpoints(settings, crossed),
                new AwsCallMetrics(registry), AwsStubs.CONSOLE_IDENTITY)) {
            assertThatThrownBy(() -> SdkParts.of(misdirected).accountSecurity().rootMfaEnabled(target))
                    .isInstanceOf(AwsCallException.class);
        }

        assertThat(stubs.requests(AwsOperation.GET_ACCOUNT_SUMMARY)).isEmpty();
        assertThat(stubs.unmatched()).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
                .contains("Action=GetAccountSummary"));
        stubs.resetAll();
    }

    @Test
    void withoutPastedCredentialsCallsUseTheAssumedPlatformRole() {
        stubs.assumeRoleWorks();
        stubs.accountSummary(true);
        var assuming = new AwsTarget(ACCOUNT, "ext-42", "ops", null);

        assertThat(aws.accountSecurity().rootMfaEnabled(assuming)).isTrue();
        assertThat(aws.accountSecurity().rootMfaEnabled(assuming)).isTrue();

        // One AssumeRole as the console, cached for the second call.
        assertThat(only(AwsOperation.ASSUME_ROLE).getHeader("Authorization")).contains("AKIACONSOLE234567ABC");
        assertThat(stubs.requests(AwsOperation.GET_ACCOUNT_SUMMARY)).hasSize(2)
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).contains("ASIAASSUMED234567ABC"));
    }

    @Test
    void organizationsAndReportsSpeakJsonWithTheirTargets() {
        stubs.organization("o-abc", ACCOUNT, "aws+" + ACCOUNT + "@reseller.example");
        stubs.reportCreated();

        assertThat(aws.organizations().describeOrganization(target).masterAccountEmail()).isEqualTo("aws+" + ACCOUNT
                + "@reseller.example");
        assertThat(onboarding.ensureReportDefinition(target).ok()).isTrue();

        var describe = only(AwsOperation.DESCRIBE_ORGANIZATION);
        assertThat(describe.getBodyAsString()).isEqualTo("{}");
        assertThat(describe.getHeader("Authorization")).contains("/us-east-1/organizations/aws4_request")
                .contains("Credential=ASIATESTKEY234567ABC/");
        var put = only(AwsOperation.PUT_REPORT_DEFINITION);
        assertThat(put.getHeader("Authorization")).contains("/us-east-1/cur/aws4_request");
        var definition = JSON.readTree(put.getBodyAsString()).get("ReportDefinition");
        assertThat(definition.get("ReportName").asString()).isEqualTo(BUCKET);
        assertThat(definition.get("TimeUnit").asString()).isEqualTo("HOURLY");
        assertThat(definition.get("Format").asString()).isEqualTo("textORcsv");
        assertThat(definition.get("Compression").asString()).isEqualTo("GZIP");
        assertThat(definition.get("AdditionalSchemaElements").get(0).asString()).isEqualTo("RESOURCES");
        assertThat(definition.get("S3Bucket").asString()).isEqualTo(BUCKET);
        assertThat(definition.get("S3Prefix").asString()).isEqualTo("cur");
        assertThat(definition.get("S3Region").asString()).isEqualTo("us-east-1");
        assertThat(definition.get("RefreshClosedReports").asBoolean()).isTrue();
        assertThat(definition.get("ReportVersioning").asString()).isEqualTo("OVERWRITE_REPORT");
    }

    @Test
    void theBucketIsCreatedInItsRegionPrivateEncryptedAndOpenToBillingReportsOnly() {
        useSettings(TestAwsSettings.withBucketRegion(TestAwsSettings.defaults(), "eu-west-1"));
        stubs.bucketCreatedAsWanted(BUCKET, "{}");

        assertThat(reportBucket.ensureReportBucket(target).ok()).isTrue();

        var create = only(AwsOperation.CREATE_BUCKET);
        assertThat(create.getBodyAsString()).contains("<LocationConstraint>eu-west-1</LocationConstraint>");
        assertThat(create.getHeader("Authorization")).contains("/eu-west-1/s3/aws4_request");
        var block = only(AwsOperation.PUT_PUBLIC_ACCESS_BLOCK).getBodyAsString();
        for (var setting : List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
                "RestrictPublicBuckets")) {
            assertThat(block).contains("<" + setting + ">true</" + setting + ">");
        }
        assertThat(only(AwsOperation.PUT_BUCKET_ENCRYPTION).getBodyAsString())
                .contains("<SSEAlgorithm>AES256</SSEAlgorithm>");
        var policy = JSON.readTree(only(AwsOperation.PUT_BUCKET_POLICY).getBodyAsString());
        for (JsonNode statement : policy.get("Statement")) {
            assertThat(statement.get("Principal").get("Service").asString()).isEqualTo("billingreports.amazonaws.com");
            // A trailing * matches as a wildcard only under ArnLike or StringLike; StringEquals compares literally.
            var conditions = statement.get("Condition");
            assertThat(conditions.get("ArnLike").get("aws:SourceArn").asString())
                    .isEqualTo("arn:aws:cur:us-east-1:" + ACCOUNT + ":definition/*");
            assertThat(conditions.get("StringEquals").get("aws:SourceAccount").asString()).isEqualTo(ACCOUNT);
            assertThat(conditions.get("StringEquals").has("aws:SourceArn")).isFalse();
        }
        assertThat(policy.toString()).contains("s3:GetBucketAcl", "s3:GetBucketPolicy", "s3:PutObject",
                "arn:aws:s3:::" + BUCKET + "/*");
    }

    @Test
    void inUsEast1TheBucketHasNoLocationConstraint() {
        stubs.bucketCreatedAsWanted(BUCKET, "{}");

        reportBucket.ensureReportBucket(target);

        assertThat(only(AwsOperation.CREATE_BUCKET).getBodyAsString())
                .doesNotContain("LocationConstraint");
    }

    @Test
    void aRegionTheSdkDoesNotKnowIsSentAsItsName() {
        stubs.bucketCreatedAsWanted(BUCKET, "{}");

        assertThat(aws.buckets().createBucket(target, BUCKET, "ca-west-1")).isEqualTo(BucketCreation.CREATED);

        var create = only(AwsOperation.CREATE_BUCKET);
        assertThat(create.getBodyAsString()).contains("<LocationConstraint>ca-west-1</LocationConstraint>");
        assertThat(create.getHeader("Authorization")).contains("/ca-west-1/s3/aws4_request");
    }

    @Test
    void theRegionsCurAcceptsAreTheS3RegionValuesOfItsApi() {
        assertThat(CurBucketRegions.ACCEPTED).containsExactlyInAnyOrderElementsOf(AWSRegion.knownValues().stream()
                .map(AWSRegion::toString).toList());
    }

    @Test
    void anExistingBucketOfThisAccountIsComparedAndItsDifferenceNamed() {
        var foreign = new PolicyDocuments(settings).reportBucketPolicy("111111111111");
        stubs.ownBucket(BUCKET, foreign, "AES256", foreign);

        var result = reportBucket.ensureReportBucket(target);

        assertThat(result.ok()).isFalse();
        // S3 would answer CreateBucket with 200 here (us-east-1): the console asks HeadBucket and does not send it.
        assertThat(stubs.requests(AwsOperation.CREATE_BUCKET)).isEmpty();
        assertThat(stubs.requests(AwsOperation.PUT_BUCKET_POLICY)).isEmpty();
        assertThat(result.message()).startsWith("The bucket " + BUCKET + " already exists, but its bucket policy"
                + " differs from the console's at Statement[0].Condition.ArnLike.aws:SourceArn: has"
                + " [arn:aws:cur:us-east-1:111111111111:definition/*], expected [arn:aws:cur:us-east-1:" + ACCOUNT
                + ":definition/*]");
    }

    @Test
    void taxRegistrationGoesToTaxSettings() {
        stubs.stubFor(AwsOperation.PUT_TAX_REGISTRATION, post(urlEqualTo("/PutTaxRegistration"))
                .willReturn(AwsStubs.jsonBody(200, "{\"Status\":\"Verified\"}")));

        var result = aws.tax().putTaxRegistration(target, new TaxRegistration("VAT", "DE123456789", "Example GmbH",
                "Hauptstrasse 1", "Berlin", "10115", null, "DE"));

        assertThat(result.ok()).isTrue();
        var body = JSON.readTree(only(AwsOperation.PUT_TAX_REGISTRATION)
                .getBodyAsString());
        assertThat(body.get("accountId").asString()).isEqualTo(ACCOUNT);
        var entry = body.get("taxRegistrationEntry");
        assertThat(entry.get("registrationId").asString()).isEqualTo("DE123456789");
        assertThat(entry.get("registrationType").asString()).isEqualTo("VAT");
        assertThat(entry.get("legalAddress").get("countryCode").asString()).isEqualTo("DE");
    }

    @Test
    void theStateGoesToTaxSettingsAndTheStatusComesBack() {
        stubs.stubFor(AwsOperation.PUT_TAX_REGISTRATION, post(urlEqualTo("/PutTaxRegistration"))
                .willReturn(AwsStubs.jsonBody(200, "{\"status\":\"Pending\"}")));
        stubs.stubFor(AwsOperation.GET_TAX_REGISTRATION,
                post(urlEqualTo("/GetTaxRegistration")).willReturn(AwsStubs.jsonBody(200,
                "{\"taxRegistration\":{\"registrationId\":\"123456789RT0001\",\"registrationType\":\"GST\","
                        + "\"legalName\":\"Maple Ltd\",\"status\":\"Pending\",\"legalAddress\":{\"addressLine1\":"
                        + "\"1 Bay Street\",\"city\":\"Toronto\",\"postalCode\":\"M5J 2N8\",\"stateOrRegion\":"
                        + "\"Ontario\",\"countryCode\":\"CA\"}}}")));
        var canadian = new TaxRegistration("GST", "123456789RT0001", "Maple Ltd", "1 Bay Street", "Toronto",
                "M5J 2N8", "Ontario", "CA");

        aws.tax().putTaxRegistration(target, canadian);
        var filed = aws.tax().getTaxRegistration(target);

        var body = JSON.readTree(only(AwsOperation.PUT_TAX_REGISTRATION)
                .getBodyAsString());
        var address = body.get("taxRegistrationEntry").get("legalAddress");
        assertThat(address.get("stateOrRegion").asString()).isEqualTo("Ontario");
        assertThat(address.get("postalCode").asString()).isEqualTo("M5J 2N8");
        assertThat(filed).contains(new FiledTaxRegistration(canadian, FiledTaxRegistration.Status.PENDING));
    }

    @Test
    void accessDeniedNamesTheActionAndTheAccount() {
        stubs.stubFor(AwsOperation.CREATE_ROLE,
                stubs.query("CreateRole").willReturn(AwsStubs.queryError(403, "AccessDenied")));

        assertThatThrownBy(() -> onboarding.ensurePlatformRole(target))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("iam:CreateRole", "account " + ACCOUNT);
                });
    }

    @Test
    void expiredCredentialsAskForFreshOnes() {
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY,
                stubs.query("GetAccountSummary").willReturn(AwsStubs.queryError(403, "ExpiredToken")));

        assertThatThrownBy(() -> aws.accountSecurity().rootMfaEnabled(target))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.getMessage()).contains("have expired", "paste fresh"));
    }

    @Test
    void throttlingIsRetriedUntilAwsAnswers() {
        var throttled = stubs.query("GetAccountSummary").inScenario("throttle");
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY, throttled.whenScenarioStateIs(Scenario.STARTED)
                .willReturn(AwsStubs.queryError(400, "Throttling")).willSetStateTo("once"));
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY,
                stubs.query("GetAccountSummary").inScenario("throttle").whenScenarioStateIs("once")
                .willReturn(AwsStubs.queryError(400, "Throttling")).willSetStateTo("twice"));
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY,
                stubs.query("GetAccountSummary").inScenario("throttle").whenScenarioStateIs("twice")
                .willReturn(AwsStubs.xml(200, "<GetAccountSummaryResponse><GetAccountSummaryResult><SummaryMap>"
                        + "<entry><key>AccountMFAEnabled</key><value>1</value></entry></SummaryMap>"
                        + "</GetAccountSummaryResult></GetAccountSummaryResponse>")));

        assertThat(aws.accountSecurity().rootMfaEnabled(target)).isTrue();

        assertThat(stubs.server("iam").findAll(postRequestedFor(urlEqualTo("/")))).hasSize(3);
        assertThat(registry.get(AwsCallMetrics.TIMER).tag("service", "iam").tag("operation", "GetAccountSummary")
                .tag("outcome", "success").timer().count()).isEqualTo(1);
    }

    @Test
    void throttledAfterAllRetries() {
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY,
                stubs.query("GetAccountSummary").willReturn(AwsStubs.queryError(400, "Throttling")));

        assertThatThrownBy(() -> aws.accountSecurity().rootMfaEnabled(target))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.THROTTLED);
                    assertThat(e.getMessage()).contains("kept throttling iam:GetAccountSummary",
                            "after several retries");
                });
        assertThat(stubs.server("iam").findAll(postRequestedFor(urlEqualTo("/")))).hasSize(3);
        assertThat(registry.get(AwsCallMetrics.TIMER).tag("outcome", "throttled").timer().count()).isEqualTo(1);
    }

    @Test
    void aServerErrorIsAServiceError() {
        stubs.stubFor(AwsOperation.DESCRIBE_ORGANIZATION,
                AwsStubs.json("AWSOrganizationsV20161128.DescribeOrganization").willReturn(
                AwsStubs.jsonBody(500, "{\"__type\":\"ServiceException\",\"Message\":\"internal\"}")));

        assertThatThrownBy(() -> aws.organizations().describeOrganization(target))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SERVICE_ERROR);
                    assertThat(e.operation()).isEqualTo("organizations:DescribeOrganization");
                });
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        useSettings(TestAwsSettings.withTimeouts(TestAwsSettings.defaults(), Duration.ofSeconds(2), Duration.ofMillis(300)));
        stubs.stubFor(AwsOperation.GET_ACCOUNT_SUMMARY,
                stubs.query("GetAccountSummary").willReturn(AwsStubs.xml(200, "<x/>")
                .withFixedDelay(1500)));

        assertThatThrownBy(() -> aws.accountSecurity().rootMfaEnabled(target))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        assertThat(registry.get(AwsCallMetrics.TIMER).tag("outcome", "timeout").timer().count()).isEqualTo(1);
    }

    @Test
    void sessionNamesKeepToAwsRules() {
        assertThat(AwsTarget.sessionName("anna müller/ops")).isEqualTo("console-anna-m-ller-ops");
        assertThat(AwsTarget.sessionName("x".repeat(100))).hasSize(64);
    }

    /** The one request of the operation; the test asserts its parameters, which counts it as covered. */
    private LoggedRequest only(AwsOperation operation) {
        var requests = stubs.requests(operation);
        assertThat(requests).as(operation.qualifiedName()).hasSize(1);
        ASSERTED.add(operation);
        return requests.getFirst();
    }
}
