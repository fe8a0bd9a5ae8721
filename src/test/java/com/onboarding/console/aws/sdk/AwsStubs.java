package com.onboarding.console.aws.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.TestAwsSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** AWS as WireMock plays it: the answers the real services give, in their wire formats. */
final class AwsStubs {

    /** The console's own identity in tests, which assumes the platform role. */
    static final AwsCredentialsProvider CONSOLE_IDENTITY = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIACONSOLE234567ABC", "console-secret-console-secret-console-se"));

    private static final String[] BUCKET_SUBRESOURCES = {"publicAccessBlock", "encryption", "policy"};

    static final String[] SERVICES = {"iam", "sts", "organizations", "s3", "cur", "taxsettings"};

    final WireMockServer server;

    AwsStubs() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    /** Every service's endpoint pointed at WireMock. */
    AwsSettings settings(AwsSettings base) {
        var endpoints = new HashMap<String, URI>();
        for (var service : SERVICES) {
            endpoints.put(service, URI.create(server.baseUrl()));
        }
        return TestAwsSettings.withEndpoints(base, endpoints);
    }

    // IAM and STS: the Query protocol, XML answers.

    MappingBuilder query(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    void queryOk(String action, String result) {
        server.stubFor(query(action).willReturn(xml(200, "<" + action + "Response><" + action + "Result>" + result
                + "</" + action + "Result><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></"
                + action + "Response>")));
    }

    static ResponseDefinitionBuilder queryError(int status, String code) {
        return xml(status, "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + code
                + " happened</Message></Error><RequestId>r1</RequestId></ErrorResponse>");
    }

    void role(String roleName, String trustPolicy) {
        queryOk("GetRole", "<Role><Path>/</Path><RoleName>" + roleName + "</RoleName><RoleId>AROATEST</RoleId>"
                + "<Arn>arn:aws:iam::111122223333:role/" + roleName + "</Arn><CreateDate>2025-01-01T00:00:00Z"
                + "</CreateDate><AssumeRolePolicyDocument>" + encoded(trustPolicy) + "</AssumeRolePolicyDocument>"
                + "</Role>");
    }

    void rolePolicy(String roleName, String policyName, String policy) {
        queryOk("GetRolePolicy", "<RoleName>" + roleName + "</RoleName><PolicyName>" + policyName
                + "</PolicyName><PolicyDocument>" + encoded(policy) + "</PolicyDocument>");
    }

    void roleCreated(String roleName) {
        queryOk("CreateRole", "<Role><Path>/</Path><RoleName>" + roleName + "</RoleName><RoleId>AROATEST</RoleId>"
                + "<Arn>arn:aws:iam::111122223333:role/" + roleName + "</Arn><CreateDate>2025-01-01T00:00:00Z"
                + "</CreateDate></Role>");
        queryOk("PutRolePolicy", "");
    }

    void assumeRoleWorks() {
        queryOk("AssumeRole", "<Credentials><AccessKeyId>ASIAASSUMED234567ABC</AccessKeyId><SecretAccessKey>"
                + "assumed-secret</SecretAccessKey><SessionToken>assumed-token</SessionToken><Expiration>"
                + "2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROATEST:s"
                + "</AssumedRoleId><Arn>arn:aws:sts::111122223333:assumed-role/r/s</Arn></AssumedRoleUser>");
    }

    /** AWS refuses the operation with its access-denied code and this message, in the service's wire format. */
    void refused(AwsOperation operation, String message) {
        var code = operation.accessDeniedCode();
        var mapping = switch (operation.service()) {
            case "iam", "sts" -> query(operation.operationName()).willReturn(xml(403, "<ErrorResponse><Error><Type>"
                    + "Sender</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>r1"
                    + "</RequestId></ErrorResponse>"));
            case "taxsettings" -> post(urlPathEqualTo("/" + operation.operationName())).willReturn(aResponse()
                    .withStatus(403).withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", code)
                    .withBody("{\"message\":\"" + message + "\"}"));
            default -> throw new IllegalArgumentException("No refusal stub for " + operation.qualifiedName());
        };
        server.stubFor(mapping);
    }

    void accountSummary(boolean mfa) {
        queryOk("GetAccountSummary", "<SummaryMap><entry><key>AccountMFAEnabled</key><value>" + (mfa ? 1 : 0)
                + "</value></entry><entry><key>Users</key><value>1</value></entry></SummaryMap>");
    }

    /** An IAM user with AdministratorAccess attached, or none. */
    void users(boolean withAdministratorAccess) {
        administratorAccessHeldBy(withAdministratorAccess ? List.of("dev") : List.of(), Map.of());
    }

    /**
     * ListEntitiesForPolicy on AdministratorAccess answers these users and groups (roles are never asked for);
     * GetGroup answers each group's members.
     */
    void administratorAccessHeldBy(List<String> users, Map<String, List<String>> groups) {
        var policyUsers = users.stream().map(user -> "<member><UserName>" + user + "</UserName><UserId>AIDA"
                + user.toUpperCase(Locale.ROOT) + "</UserId></member>").collect(Collectors.joining());
        var policyGroups = groups.keySet().stream().map(group -> "<member><GroupName>" + group + "</GroupName>"
                + "<GroupId>AGPA" + group.toUpperCase(Locale.ROOT) + "</GroupId></member>")
                .collect(Collectors.joining());
        server.stubFor(query("ListEntitiesForPolicy")
                .withRequestBody(containing("PolicyArn=" + encoded("arn:aws:iam::aws:policy/AdministratorAccess")))
                .withRequestBody(notContaining("EntityFilter"))
                .willReturn(xml(200, "<ListEntitiesForPolicyResponse><ListEntitiesForPolicyResult><PolicyRoles/>"
                        + "<PolicyGroups>" + policyGroups + "</PolicyGroups><PolicyUsers>" + policyUsers
                        + "</PolicyUsers><IsTruncated>false</IsTruncated></ListEntitiesForPolicyResult>"
                        + "<ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
                        + "</ListEntitiesForPolicyResponse>")));
        groups.forEach((group, members) -> server.stubFor(query("GetGroup")
                .withRequestBody(containing("GroupName=" + group + "&"))
                .willReturn(xml(200, "<GetGroupResponse><GetGroupResult><Group><Path>/</Path><GroupName>" + group
                        + "</GroupName><GroupId>AGPATEST</GroupId><Arn>arn:aws:iam::111122223333:group/" + group
                        + "</Arn><CreateDate>2025-01-01T00:00:00Z</CreateDate></Group><Users>"
                        + members.stream().map(member -> "<member><Path>/</Path><UserName>" + member
                                + "</UserName><UserId>AIDATEST</UserId><Arn>arn:aws:iam::111122223333:user/" + member
                                + "</Arn><CreateDate>2025-01-01T00:00:00Z</CreateDate></member>")
                                .collect(Collectors.joining())
                        + "</Users><IsTruncated>false</IsTruncated></GetGroupResult><ResponseMetadata><RequestId>r1"
                        + "</RequestId></ResponseMetadata></GetGroupResponse>"))));
    }

    /** Tax Settings (REST JSON): the account's registration, in the country given. */
    void taxRegistration(String countryCode) {
        server.stubFor(post(urlPathEqualTo("/GetTaxRegistration")).willReturn(jsonBody(200, "{\"taxRegistration\":{"
                + "\"registrationId\":\"FR12345678901\",\"registrationType\":\"VAT\",\"legalName\":\"Test\","
                + "\"status\":\"Verified\",\"legalAddress\":{\"addressLine1\":\"Rue 1\",\"city\":\"Paris\","
                + "\"postalCode\":\"75001\",\"countryCode\":\"" + countryCode + "\"}}}")));
    }

    // Organizations and Cost and Usage Reports: JSON 1.1 with X-Amz-Target.

    MappingBuilder json(String target) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    void organization(String id, String masterId, String email) {
        server.stubFor(json("AWSOrganizationsV20161128.DescribeOrganization").willReturn(jsonBody(200,
                "{\"Organization\":{\"Id\":\"" + id + "\",\"MasterAccountId\":\"" + masterId
                        + "\",\"MasterAccountEmail\":\"" + email + "\"}}")));
    }

    void reportCreated() {
        server.stubFor(json("AWSOrigamiServiceGatewayService.PutReportDefinition").willReturn(jsonBody(200, "{}")));
    }

    void reportExists() {
        server.stubFor(json("AWSOrigamiServiceGatewayService.PutReportDefinition").willReturn(jsonBody(400,
                "{\"__type\":\"DuplicateReportNameException\",\"Message\":\"A report with that name exists\"}")));
    }

    void reports(ReportDefinitionSpec spec) {
        var elements = spec.additionalSchemaElements().stream().map(e -> "\"" + e + "\"")
                .collect(Collectors.joining(","));
        server.stubFor(json("AWSOrigamiServiceGatewayService.DescribeReportDefinitions").willReturn(jsonBody(200,
                "{\"ReportDefinitions\":[{\"ReportName\":\"" + spec.reportName() + "\",\"TimeUnit\":\""
                        + spec.timeUnit() + "\",\"Format\":\"" + spec.format() + "\",\"Compression\":\""
                        + spec.compression() + "\",\"AdditionalSchemaElements\":[" + elements + "],\"S3Bucket\":\""
                        + spec.s3Bucket() + "\",\"S3Prefix\":\"" + spec.s3Prefix() + "\",\"S3Region\":\""
                        + spec.s3Region() + "\",\"RefreshClosedReports\":" + spec.refreshClosedReports()
                        + ",\"ReportVersioning\":\"" + spec.reportVersioning() + "\"}]}")));
    }

    // S3: REST paths (path style), XML.

    /** A request on the bucket with one sub-resource, e.g. ?policy; more specific than the bucket itself. */
    MappingBuilder bucket(RequestMethod method, String bucket, String subresource) {
        var mapping = WireMock.request(method.getName(), urlPathEqualTo("/" + bucket));
        if (!subresource.isEmpty()) {
            return mapping.withQueryParam(subresource, matching(".*"));
        }
        for (var other : BUCKET_SUBRESOURCES) {
            mapping = mapping.withQueryParam(other, absent());
        }
        return mapping;
    }

    /**
     * No bucket of the name: HeadBucket answers 404 until CreateBucket, then 200; the bucket has then what the
     * console puts, and GetBucketPolicy answers with {@code policy}.
     */
    void bucketCreatedAsWanted(String bucket, String policy) {
        var scenario = "bucket " + bucket;
        server.stubFor(bucket(RequestMethod.HEAD, bucket, "").inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(404)));
        server.stubFor(bucket(RequestMethod.PUT, bucket, "").inScenario(scenario).willSetStateTo("created")
                .willReturn(aResponse().withStatus(200).withHeader("Location", "/" + bucket)));
        server.stubFor(bucket(RequestMethod.HEAD, bucket, "").inScenario(scenario).whenScenarioStateIs("created")
                .willReturn(headOk()));
        bucketSettings(bucket, policy, "AES256");
    }

    /**
     * The bucket of this account, public access blocked, encrypted with {@code algorithm}, with a policy until one
     * is put: from then on S3 answers GetBucketPolicy with {@code afterPut}. CreateBucket answers 200 in
     * us-east-1, as S3 does for a bucket the account owns there.
     */
    void ownBucket(String bucket, String policy, String algorithm, String afterPut) {
        server.stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(headOk()));
        server.stubFor(bucket(RequestMethod.PUT, bucket, "").willReturn(aResponse().withStatus(200)
                .withHeader("Location", "/" + bucket)));
        bucketSettings(bucket, policy, algorithm);
        var scenario = "policy of " + bucket;
        server.stubFor(bucket(RequestMethod.PUT, bucket, "policy").inScenario(scenario)
                .willReturn(aResponse().withStatus(204)).willSetStateTo("put"));
        server.stubFor(bucket(RequestMethod.GET, bucket, "policy").inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(policyBody(policy)));
        server.stubFor(bucket(RequestMethod.GET, bucket, "policy").inScenario(scenario).whenScenarioStateIs("put")
                .willReturn(policyBody(afterPut)));
    }

    /** Another account's bucket: HeadBucket 403 (S3 does not say 404 for a name that is taken), CreateBucket 409. */
    void bucketOfAnotherAccount(String bucket) {
        server.stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(aResponse().withStatus(403)));
        bucketCreateFails(bucket, "BucketAlreadyExists");
    }

    /** A bucket of this account in another region: HeadBucket 301 naming the region. */
    void bucketInRegion(String bucket, String region) {
        server.stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(aResponse().withStatus(301)
                .withHeader("x-amz-bucket-region", region)));
    }

    private void bucketSettings(String bucket, String policy, String algorithm) {
        for (var sub : BUCKET_SUBRESOURCES) {
            server.stubFor(bucket(RequestMethod.PUT, bucket, sub).willReturn(aResponse().withStatus(200)));
        }
        server.stubFor(bucket(RequestMethod.GET, bucket, "policy").willReturn(policyBody(policy)));
        server.stubFor(bucket(RequestMethod.GET, bucket, "publicAccessBlock").willReturn(xml(200,
                "<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true"
                        + "</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true"
                        + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
        server.stubFor(bucket(RequestMethod.GET, bucket, "encryption").willReturn(xml(200,
                "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>"
                        + algorithm + "</SSEAlgorithm></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>"
                        + !"AES256".equals(algorithm) + "</BucketKeyEnabled></Rule>"
                        + "</ServerSideEncryptionConfiguration>")));
    }

    private static ResponseDefinitionBuilder headOk() {
        return aResponse().withStatus(200).withHeader("x-amz-bucket-region", "us-east-1");
    }

    private static ResponseDefinitionBuilder policyBody(String policy) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(policy);
    }

    void bucketCreateFails(String bucket, String code) {
        server.stubFor(bucket(RequestMethod.PUT, bucket, "").willReturn(xml(409, "<Error><Code>" + code
                + "</Code><Message>" + code + "</Message><BucketName>" + bucket + "</BucketName></Error>")));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    static ResponseDefinitionBuilder jsonBody(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(body);
    }

    /** The form parameters of a Query request body, decoded. */
    static Map<String, String> form(String body) {
        var parameters = new HashMap<String, String>();
        for (var pair : body.split("&")) {
            var at = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8);
    }

    void stop() {
        server.stop();
    }
}
