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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.TestAwsSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * AWS as WireMock plays it: the answers the real services give, in their wire formats. Each service has a server
 * of its own, as each has its own endpoint on AWS: a request sent to another service's endpoint finds no answer.
 */
final class AwsStubs {

    /** The console's own identity in tests, which assumes the platform role. */
    static final AwsCredentialsProvider CONSOLE_IDENTITY = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIACONSOLE234567ABC", "console-secret-console-secret-console-se"));

    private static final String[] BUCKET_SUBRESOURCES = {"publicAccessBlock", "encryption", "policy"};

    static final String[] SERVICES = {"iam", "sts", "organizations", "s3", "cur", "taxsettings"};

    private final Map<String, WireMockServer> servers = new HashMap<>();

    AwsStubs() {
        for (var service : SERVICES) {
            var server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            servers.put(service, server);
        }
    }

    /** Every service's endpoint pointed at its own WireMock server. */
    AwsSettings settings(AwsSettings base) {
        var endpoints = new HashMap<String, URI>();
        servers.forEach((service, server) -> endpoints.put(service, URI.create(server.baseUrl())));
        return TestAwsSettings.withEndpoints(base, endpoints);
    }

    /** The server playing the service, e.g. "iam". */
    WireMockServer server(String service) {
        return servers.get(service);
    }

    /** The server playing the operation's service. */
    WireMockServer server(AwsOperation operation) {
        return server(operation.service());
    }

    /** The operation of the table by its API name, e.g. "GetRole". */
    static AwsOperation operation(String name) {
        return Arrays.stream(AwsOperation.values()).filter(o -> o.operationName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + name + " in the table"));
    }

    /**
     * The requests of the operation as its service receives them, on any bucket for S3: the Query action, the
     * JSON target, the Tax Settings path or the bucket's method and sub-resource.
     */
    static MappingBuilder request(AwsOperation operation) {
        var name = operation.operationName();
        return switch (operation.service()) {
            case "iam", "sts" -> post(urlEqualTo("/")).withRequestBody(containing("Action=" + name + "&"));
            case "organizations" -> json("AWSOrganizationsV20161128." + name);
            case "cur" -> json("AWSOrigamiServiceGatewayService." + name);
            case "taxsettings" -> post(urlPathEqualTo("/" + name));
            case "s3" -> bucketRequest(operation, urlPathMatching("/[^/?]+"));
            default -> throw new IllegalArgumentException("No request pattern for " + operation.qualifiedName());
        };
    }

    /** The S3 operation on this bucket. */
    static MappingBuilder request(AwsOperation operation, String bucket) {
        return bucketRequest(operation, urlPathEqualTo("/" + bucket));
    }

    private static MappingBuilder bucketRequest(AwsOperation operation, UrlPattern path) {
        var method = switch (operation) {
            case HEAD_BUCKET -> RequestMethod.HEAD;
            case CREATE_BUCKET, PUT_PUBLIC_ACCESS_BLOCK, PUT_BUCKET_ENCRYPTION, PUT_BUCKET_POLICY -> RequestMethod.PUT;
            case GET_PUBLIC_ACCESS_BLOCK, GET_BUCKET_ENCRYPTION, GET_BUCKET_POLICY -> RequestMethod.GET;
            default -> throw new IllegalArgumentException(operation.qualifiedName() + " is no bucket request");
        };
        var subresource = switch (operation) {
            case PUT_PUBLIC_ACCESS_BLOCK, GET_PUBLIC_ACCESS_BLOCK -> "publicAccessBlock";
            case PUT_BUCKET_ENCRYPTION, GET_BUCKET_ENCRYPTION -> "encryption";
            case PUT_BUCKET_POLICY, GET_BUCKET_POLICY -> "policy";
            default -> "";
        };
        return bucket(method, path, subresource);
    }

    /** Stubs the request on the server of the operation's service. */
    void stubFor(AwsOperation operation, MappingBuilder mapping) {
        server(operation).stubFor(mapping);
    }

    /** The requests of the operation its service received. */
    List<LoggedRequest> requests(AwsOperation operation) {
        return requests(operation, request(operation));
    }

    /** The requests matching the mapping that the operation's service received. */
    List<LoggedRequest> requests(AwsOperation operation, MappingBuilder mapping) {
        return server(operation).findAll(RequestPatternBuilder.like(mapping.build().getRequest()));
    }

    /** Every request any service received. */
    List<LoggedRequest> allRequests() {
        return servers.values().stream().flatMap(server -> server.getAllServeEvents().stream())
                .map(event -> event.getRequest()).toList();
    }

    /** The requests that reached a service no stub of which answered them. */
    List<LoggedRequest> unmatched() {
        return servers.values().stream().flatMap(server -> server.findAllUnmatchedRequests().stream()).toList();
    }

    void resetAll() {
        servers.values().forEach(WireMockServer::resetAll);
    }

    // IAM and STS: the Query protocol, XML answers.

    MappingBuilder query(String action) {
        return request(operation(action));
    }

    void queryOk(String action, String result) {
        stubFor(operation(action),
                query(action).willReturn(xml(200, "<" + action + "Response><" + action + "Result>" + result
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
        var answer = switch (operation.service()) {
            case "iam", "sts" -> xml(403, "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
                    + message + "</Message></Error><RequestId>r1</RequestId></ErrorResponse>");
            case "s3" -> s3Error(403, code, message);
            case "organizations", "cur" -> jsonBody(400, "{\"__type\":\"" + code + "\",\"Message\":\"" + message
                    + "\"}");
            case "taxsettings" -> aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                    .withHeader("x-amzn-ErrorType", code).withBody("{\"message\":\"" + message + "\"}");
            default -> throw new IllegalArgumentException("No refusal stub for " + operation.qualifiedName());
        };
        stubFor(operation, request(operation).willReturn(answer));
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
        server("iam").stubFor(query("ListEntitiesForPolicy")
                .withRequestBody(containing("PolicyArn=" + encoded("arn:aws:iam::aws:policy/AdministratorAccess")))
                .withRequestBody(notContaining("EntityFilter"))
                .willReturn(xml(200, "<ListEntitiesForPolicyResponse><ListEntitiesForPolicyResult><PolicyRoles/>"
                        + "<PolicyGroups>" + policyGroups + "</PolicyGroups><PolicyUsers>" + policyUsers
                        + "</PolicyUsers><IsTruncated>false</IsTruncated></ListEntitiesForPolicyResult>"
                        + "<ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata>"
                        + "</ListEntitiesForPolicyResponse>")));
        groups.forEach((group, members) -> server("iam").stubFor(query("GetGroup")
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
        server("taxsettings").stubFor(
                post(urlPathEqualTo("/GetTaxRegistration")).willReturn(jsonBody(200, "{\"taxRegistration\":{"
                + "\"registrationId\":\"FR12345678901\",\"registrationType\":\"VAT\",\"legalName\":\"Test\","
                + "\"status\":\"Verified\",\"legalAddress\":{\"addressLine1\":\"Rue 1\",\"city\":\"Paris\","
                + "\"postalCode\":\"75001\",\"countryCode\":\"" + countryCode + "\"}}}")));
    }

    // Organizations and Cost and Usage Reports: JSON 1.1 with X-Amz-Target.

    static MappingBuilder json(String target) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    void organization(String id, String masterId, String email) {
        server("organizations").stubFor(json("AWSOrganizationsV20161128.DescribeOrganization").willReturn(jsonBody(200,
                "{\"Organization\":{\"Id\":\"" + id + "\",\"MasterAccountId\":\"" + masterId
                        + "\",\"MasterAccountEmail\":\"" + email + "\"}}")));
    }

    void reportCreated() {
        server("cur").stubFor(
                json("AWSOrigamiServiceGatewayService.PutReportDefinition").willReturn(jsonBody(200, "{}")));
    }

    void reportExists() {
        server("cur").stubFor(json("AWSOrigamiServiceGatewayService.PutReportDefinition").willReturn(jsonBody(400,
                "{\"__type\":\"DuplicateReportNameException\",\"Message\":\"A report with that name exists\"}")));
    }

    /** CUR refuses PutReportDefinition with this error (HTTP 400, JSON 1.1). */
    void reportRefused(String code, String message) {
        server("cur").stubFor(json("AWSOrigamiServiceGatewayService.PutReportDefinition").willReturn(jsonBody(400,
                "{\"__type\":\"" + code + "\",\"Message\":\"" + message + "\"}")));
    }

    void reports(ReportDefinitionSpec spec) {
        var elements = spec.additionalSchemaElements().stream().map(e -> "\"" + e + "\"")
                .collect(Collectors.joining(","));
        server("cur").stubFor(json("AWSOrigamiServiceGatewayService.DescribeReportDefinitions").willReturn(jsonBody(200,
                "{\"ReportDefinitions\":[{\"ReportName\":\"" + spec.reportName() + "\",\"TimeUnit\":\""
                        + spec.timeUnit() + "\",\"Format\":\"" + spec.format() + "\",\"Compression\":\""
                        + spec.compression() + "\",\"AdditionalSchemaElements\":[" + elements + "],\"S3Bucket\":\""
                        + spec.s3Bucket() + "\",\"S3Prefix\":\"" + spec.s3Prefix() + "\",\"S3Region\":\""
                        + spec.s3Region() + "\",\"RefreshClosedReports\":" + spec.refreshClosedReports()
                        + ",\"ReportVersioning\":\"" + spec.reportVersioning() + "\"}]}")));
    }

    // S3: REST paths (path style), XML.

    /** A request on the bucket with one sub-resource, e.g. ?policy; more specific than the bucket itself. */
    static MappingBuilder bucket(RequestMethod method, String bucket, String subresource) {
        return bucket(method, urlPathEqualTo("/" + bucket), subresource);
    }

    private static MappingBuilder bucket(RequestMethod method, UrlPattern path, String subresource) {
        var mapping = WireMock.request(method.getName(), path);
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
        server("s3").stubFor(bucket(RequestMethod.HEAD, bucket, "").inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(404)));
        server("s3").stubFor(bucket(RequestMethod.PUT, bucket, "").inScenario(scenario).willSetStateTo("created")
                .willReturn(aResponse().withStatus(200).withHeader("Location", "/" + bucket)));
        server("s3").stubFor(bucket(RequestMethod.HEAD, bucket, "").inScenario(scenario).whenScenarioStateIs("created")
                .willReturn(headOk()));
        bucketSettings(bucket, policy, "AES256");
    }

    /**
     * The bucket of this account, public access blocked, encrypted with {@code algorithm}, with a policy until one
     * is put: from then on S3 answers GetBucketPolicy with {@code afterPut}. CreateBucket answers 200 in
     * us-east-1, as S3 does for a bucket the account owns there.
     */
    void ownBucket(String bucket, String policy, String algorithm, String afterPut) {
        server("s3").stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(headOk()));
        server("s3").stubFor(bucket(RequestMethod.PUT, bucket, "").willReturn(aResponse().withStatus(200)
                .withHeader("Location", "/" + bucket)));
        bucketSettings(bucket, policy, algorithm);
        var scenario = "policy of " + bucket;
        server("s3").stubFor(bucket(RequestMethod.PUT, bucket, "policy").inScenario(scenario)
                .willReturn(aResponse().withStatus(204)).willSetStateTo("put"));
        server("s3").stubFor(bucket(RequestMethod.GET, bucket, "policy").inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(policyBody(policy)));
        server("s3").stubFor(bucket(RequestMethod.GET, bucket, "policy").inScenario(scenario).whenScenarioStateIs("put")
                .willReturn(policyBody(afterPut)));
    }

    /**
     * Another account's bucket: HeadBucket 403 (S3 does not say 404 for a name that is taken), every read 403
     * Access Denied, CreateBucket 409.
     */
    void bucketOfAnotherAccount(String bucket) {
        server("s3").stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(aResponse().withStatus(403)));
        for (var sub : BUCKET_SUBRESOURCES) {
            server("s3").stubFor(bucket(RequestMethod.GET, bucket, sub).willReturn(s3Error(403, "AccessDenied",
                    "Access Denied")));
        }
        bucketCreateFails(bucket, "BucketAlreadyExists");
    }

    /**
     * A bucket of this account in another region: HeadBucket 301 naming the region, every other request from
     * the bucket region's endpoint 301 PermanentRedirect, CreateBucket 409 BucketAlreadyOwnedByYou.
     */
    void bucketInRegion(String bucket, String region) {
        server("s3").stubFor(bucket(RequestMethod.HEAD, bucket, "").willReturn(aResponse().withStatus(301)
                .withHeader("x-amz-bucket-region", region)));
        for (var sub : BUCKET_SUBRESOURCES) {
            server("s3").stubFor(bucket(RequestMethod.GET, bucket, sub).willReturn(s3Error(301, "PermanentRedirect",
                    "The bucket you are attempting to access must be addressed using the specified endpoint. Please"
                            + " send all future requests to this endpoint.")
                    .withHeader("x-amz-bucket-region", region)));
        }
        bucketCreateFails(bucket, "BucketAlreadyOwnedByYou");
    }

    /** S3 refuses the name by its naming rules. */
    void bucketNameRefused(String bucket) {
        server("s3").stubFor(bucket(RequestMethod.PUT, bucket, "").willReturn(s3Error(400, "InvalidBucketName",
                "The specified bucket is not valid.")));
    }

    private static ResponseDefinitionBuilder s3Error(int status, String code, String message) {
        return xml(status, "<Error><Code>" + code + "</Code><Message>" + message + "</Message><RequestId>r1"
                + "</RequestId></Error>");
    }

    private void bucketSettings(String bucket, String policy, String algorithm) {
        for (var sub : BUCKET_SUBRESOURCES) {
            server("s3").stubFor(bucket(RequestMethod.PUT, bucket, sub).willReturn(aResponse().withStatus(200)));
        }
        server("s3").stubFor(bucket(RequestMethod.GET, bucket, "policy").willReturn(policyBody(policy)));
        server("s3").stubFor(bucket(RequestMethod.GET, bucket, "publicAccessBlock").willReturn(xml(200,
                "<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true"
                        + "</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true"
                        + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
        server("s3").stubFor(bucket(RequestMethod.GET, bucket, "encryption").willReturn(xml(200,
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
        server("s3").stubFor(bucket(RequestMethod.PUT, bucket, "").willReturn(xml(409, "<Error><Code>" + code
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

    /** As IAM encodes policy documents in its answers: RFC 3986, so * is %2A and a space %20. */
    private static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    void stop() {
        servers.values().forEach(WireMockServer::stop);
    }
}
