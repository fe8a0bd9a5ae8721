package com.onboarding.console.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RoleSpec;
import com.onboarding.console.aws.TestAwsSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.stream.Collectors;

/**
 * A stand-in AWS on WireMock where every request takes a fixed time and succeeds: one customer account set up as
 * the onboarding wants it, so that every verification of the checklist passes over the SDK's real wire formats.
 */
final class SlowAws implements AutoCloseable {

    private static final String[] SERVICES = {"iam", "sts", "organizations", "s3", "cur", "taxsettings"};

    private final WireMockServer server;
    private final int delayMillis;

    SlowAws(int delayMillis) {
        this.delayMillis = delayMillis;
        // Enough server threads that the console's parallel checks are never queued behind each other.
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64)
                .disableRequestJournal());
        server.start();
    }

    /** The settings with every AWS service pointed at this server. */
    AwsSettings settings() {
        var endpoints = new HashMap<String, URI>();
        for (var service : SERVICES) {
            endpoints.put(service, URI.create(server.baseUrl()));
        }
        return TestAwsSettings.withEndpoints(TestAwsSettings.defaults(), endpoints);
    }

    /** The account as the finished onboarding leaves it: every check of the checklist finds what it wants. */
    void onboardedAccount(AwsSettings settings, String accountId, String externalId, String rootEmail,
            String billingCountry) {
        var policies = new PolicyDocuments(settings);
        server.stubFor(json("AWSOrganizationsV20161128.DescribeOrganization", "{\"Organization\":{\"Id\":\"o-bench\","
                + "\"MasterAccountId\":\"" + accountId + "\",\"MasterAccountEmail\":\"" + rootEmail + "\"}}"));
        query("ListEntitiesForPolicy", "<PolicyUsers><member><UserName>admin</UserName><UserId>AIDABENCH</UserId>"
                + "</member></PolicyUsers><PolicyGroups/><PolicyRoles/><IsTruncated>false</IsTruncated>");
        query("GetAccountSummary", "<SummaryMap><entry><key>AccountMFAEnabled</key><value>1</value></entry>"
                + "</SummaryMap>");
        role(accountId, policies.platformRole(accountId, externalId));
        role(accountId, policies.billingRole(accountId, externalId));
        query("AssumeRole", "<Credentials><AccessKeyId>ASIABENCHASSUMED2345</AccessKeyId><SecretAccessKey>s"
                + "</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>"
                + "</Credentials><AssumedRoleUser><AssumedRoleId>AROABENCH:s</AssumedRoleId><Arn>arn:aws:sts::"
                + accountId + ":assumed-role/r/s</Arn></AssumedRoleUser>");
        server.stubFor(post(urlPathEqualTo("/GetTaxRegistration")).willReturn(aResponse().withFixedDelay(delayMillis)
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"taxRegistration\":{"
                        + "\"registrationId\":\"DE123456789\",\"registrationType\":\"VAT\",\"legalName\":\"Bench\","
                        + "\"status\":\"Verified\",\"legalAddress\":{\"addressLine1\":\"Street 1\",\"city\":\"Berlin\","
                        + "\"postalCode\":\"10115\",\"countryCode\":\"" + billingCountry + "\"}}}")));
        server.stubFor(json("AWSOrigamiServiceGatewayService.DescribeReportDefinitions",
                reports(ReportDefinitionSpec.wanted(settings, accountId))));
        var bucket = "/" + settings.reportName(accountId);
        server.stubFor(head(urlPathEqualTo(bucket)).atPriority(5).willReturn(aResponse()
                .withFixedDelay(delayMillis).withStatus(200)));
        server.stubFor(get(urlPathEqualTo(bucket)).withQueryParam("policy", matching(".*")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(delayMillis).withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(policies.reportBucketPolicy(accountId))));
        server.stubFor(get(urlPathEqualTo(bucket)).withQueryParam("publicAccessBlock", matching(".*")).atPriority(1)
                .willReturn(xml("<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls>"
                        + "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
                        + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
        server.stubFor(get(urlPathEqualTo(bucket)).withQueryParam("encryption", matching(".*")).atPriority(1)
                .willReturn(xml("<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                        + "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
                        + "</ServerSideEncryptionConfiguration>")));
    }

    private void role(String accountId, RoleSpec role) {
        var name = "RoleName=" + URLEncoder.encode(role.roleName(), StandardCharsets.UTF_8);
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetRole&"))
                .withRequestBody(containing(name)).willReturn(xml(response("GetRole", "<Role><Path>/</Path>"
                        + "<RoleName>" + role.roleName() + "</RoleName><RoleId>AROABENCH</RoleId><Arn>arn:aws:iam::"
                        + accountId + ":role/" + role.roleName() + "</Arn><CreateDate>2025-01-01T00:00:00Z"
                        + "</CreateDate><AssumeRolePolicyDocument>" + encoded(role.trustPolicy())
                        + "</AssumeRolePolicyDocument></Role>"))));
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetRolePolicy&"))
                .withRequestBody(containing(name)).willReturn(xml(response("GetRolePolicy", "<RoleName>"
                        + role.roleName() + "</RoleName><PolicyName>" + role.policyName() + "</PolicyName>"
                        + "<PolicyDocument>" + encoded(role.permissionsPolicy()) + "</PolicyDocument>"))));
    }

    private void query(String action, String result) {
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .willReturn(xml(response(action, result))));
    }

    private MappingBuilder json(String target, String body) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target)).willReturn(aResponse()
                .withFixedDelay(delayMillis).withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(body));
    }

    private ResponseDefinitionBuilder xml(String body) {
        return aResponse().withFixedDelay(delayMillis).withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(body);
    }

    private static String response(String action, String result) {
        return "<" + action + "Response><" + action + "Result>" + result + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></" + action + "Response>";
    }

    private static String reports(ReportDefinitionSpec spec) {
        var elements = spec.additionalSchemaElements().stream().map(e -> "\"" + e + "\"")
                .collect(Collectors.joining(","));
        return "{\"ReportDefinitions\":[{\"ReportName\":\"" + spec.reportName() + "\",\"TimeUnit\":\""
                + spec.timeUnit() + "\",\"Format\":\"" + spec.format() + "\",\"Compression\":\"" + spec.compression()
                + "\",\"AdditionalSchemaElements\":[" + elements + "],\"S3Bucket\":\"" + spec.s3Bucket()
                + "\",\"S3Prefix\":\"" + spec.s3Prefix() + "\",\"S3Region\":\"" + spec.s3Region()
                + "\",\"RefreshClosedReports\":" + spec.refreshClosedReports() + ",\"ReportVersioning\":\""
                + spec.reportVersioning() + "\"}]}";
    }

    private static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
