package com.onboarding.console.bench;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RoleSpec;
import com.onboarding.console.checklist.domain.Automation;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers every AWS request for the account it concerns, as AWS would: AssumeRole for the account in its RoleArn
 * (with that account's ExternalId only), every other request for the account whose credentials signed it, seen in
 * the SigV4 Authorization header: the access key id of assumed-role credentials carries the account id, pasted
 * ones are {@linkplain #issue issued} for an account. The answers are built
 * from the product's own policy documents and report definition for that account. One lookup per request, however
 * many accounts: WireMock matches its stubs one after another.
 */
final class AccountAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "bench-accounts";

    private static final String KEY_PREFIX = "ASIABNCH";
    private static final Pattern SIGNED_BY = Pattern.compile("Credential=([A-Z0-9]+)/");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(.+)");
    /** Whose organization an account belongs to before the customer confirms it as the management account. */
    private static final String OTHER_MANAGEMENT_ACCOUNT = "999988887777";

    private final Map<String, BenchAccount> accounts;
    private final Map<String, String> issuedKeys = new ConcurrentHashMap<>();
    private final AwsSettings settings;
    private final PolicyDocuments policies;
    private final int delayMillis;

    AccountAnswers(Iterable<BenchAccount> accounts, AwsSettings settings, int delayMillis) {
        this.accounts = new HashMap<>();
        accounts.forEach(account -> this.accounts.put(account.accountId(), account));
        this.settings = settings;
        this.policies = new PolicyDocuments(settings);
        this.delayMillis = delayMillis;
    }

    /** The access key id of the assumed-role credentials that act in the account: it carries the account id. */
    private static String accessKeyOf(String accountId) {
        return KEY_PREFIX + accountId;
    }

    /** Lets credentials issued outside this AWS (temporary ones staff paste) act in the account. */
    void issue(String accessKeyId, String accountId) {
        issuedKeys.put(accessKeyId, accountId);
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Only the one stub that names it: the stand-in AWS answers nothing else. */
    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        return answer(event.getRequest()).withFixedDelay(delayMillis).build();
    }

    private ResponseDefinitionBuilder answer(Request request) {
        var path = URI.create(request.getUrl()).getPath();
        var signer = signer(request);
        if (request.containsHeader("X-Amz-Target")) {
            return signer.map(account -> json(request.getHeader("X-Amz-Target"), account))
                    .orElseGet(AwsWire.JSON::unknownCredentials);
        }
        if ("/GetTaxRegistration".equals(path)) {
            return signer.map(this::taxRegistration).orElseGet(AwsWire.REST_JSON::unknownCredentials);
        }
        if ("/".equals(path)) {
            var form = form(request.getBodyAsString());
            var action = form.getOrDefault("Action", "");
            return "AssumeRole".equals(action) ? assumeRole(form)
                    : signer.map(account -> iam(action, form, account)).orElseGet(AwsWire.QUERY::unknownCredentials);
        }
        return signer.map(account -> s3(request, path.substring(1), account))
                .orElseGet(AwsWire.S3::unknownCredentials);
    }

    private Optional<BenchAccount> signer(Request request) {
        var authorization = request.getHeader("Authorization");
        var signed = authorization == null ? null : SIGNED_BY.matcher(authorization);
        if (signed == null || !signed.find()) {
            return Optional.empty();
        }
        var key = signed.group(1);
        var accountId = key.startsWith(KEY_PREFIX) ? key.substring(KEY_PREFIX.length()) : issuedKeys.get(key);
        return Optional.ofNullable(accountId == null ? null : accounts.get(accountId));
    }

    private ResponseDefinitionBuilder assumeRole(Map<String, String> form) {
        var arn = form.getOrDefault("RoleArn", "");
        var role = ROLE_ARN.matcher(arn);
        var account = role.matches() ? accounts.get(role.group(1)) : null;
        if (account == null || !account.has(Automation.PLATFORM_ROLE)
                || !role.group(2).equals(settings.platformRoleName())
                || !account.externalId().equals(form.get("ExternalId"))) {
            return AwsWire.QUERY.error(403, "AccessDenied", "User: arn:aws:iam::" + settings.platformAccountId()
                    + ":user/console is not authorized to perform: sts:AssumeRole on resource: " + arn);
        }
        return AwsWire.result("AssumeRole", "<Credentials><AccessKeyId>" + accessKeyOf(account.accountId())
                + "</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>"
                + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>"
                + "AROABENCH:s</AssumedRoleId><Arn>arn:aws:sts::" + account.accountId() + ":assumed-role/"
                + settings.platformRoleName() + "/s</Arn></AssumedRoleUser>");
    }

    private ResponseDefinitionBuilder iam(String action, Map<String, String> form, BenchAccount account) {
        return switch (action) {
            case "GetRole" -> role(account, form.get("RoleName")).map(role -> AwsWire.result(action, "<Role><Path>/"
                    + "</Path><RoleName>" + role.roleName() + "</RoleName><RoleId>AROABENCH</RoleId><Arn>arn:aws:iam::"
                    + account.accountId() + ":role/" + role.roleName() + "</Arn><CreateDate>2025-01-01T00:00:00Z"
                    + "</CreateDate><AssumeRolePolicyDocument>" + encoded(role.trustPolicy())
                    + "</AssumeRolePolicyDocument></Role>")).orElseGet(() -> noRole(form));
            case "GetRolePolicy" -> role(account, form.get("RoleName"))
                    .filter(role -> role.policyName().equals(form.get("PolicyName")))
                    .map(role -> AwsWire.result(action, "<RoleName>" + role.roleName() + "</RoleName><PolicyName>"
                            + role.policyName() + "</PolicyName><PolicyDocument>" + encoded(role.permissionsPolicy())
                            + "</PolicyDocument>")).orElseGet(() -> noRole(form));
            case "ListEntitiesForPolicy" -> AwsWire.result(action, (account.has(Automation.ADMIN_USER)
                    ? "<PolicyUsers><member><UserName>admin</UserName><UserId>AIDABENCH</UserId></member></PolicyUsers>"
                    : "<PolicyUsers/>") + "<PolicyGroups/><PolicyRoles/><IsTruncated>false</IsTruncated>");
            case "GetAccountSummary" -> AwsWire.result(action, "<SummaryMap><entry><key>AccountMFAEnabled</key><value>"
                    + (account.rootMfaEnabled() ? 1 : 0) + "</value></entry></SummaryMap>");
            default -> AwsWire.QUERY.error(400, "InvalidAction", "The stand-in AWS does not answer " + action + ".");
        };
    }

    /** The role of that name in the account, as the console creates it, once its step's work is there. */
    private Optional<RoleSpec> role(BenchAccount account, String name) {
        if (settings.platformRoleName().equals(name) && account.has(Automation.PLATFORM_ROLE)) {
            return Optional.of(policies.platformRole(account.accountId(), account.externalId()));
        }
        if (settings.billingRoleName().equals(name) && account.has(Automation.BILLING_ROLE)) {
            return Optional.of(policies.billingRole(account.accountId(), account.externalId()));
        }
        return Optional.empty();
    }

    private static ResponseDefinitionBuilder noRole(Map<String, String> form) {
        return AwsWire.QUERY.error(404, "NoSuchEntity", "The role with name " + form.get("RoleName")
                + " cannot be found.");
    }

    private ResponseDefinitionBuilder json(String target, BenchAccount account) {
        var id = account.accountId();
        return switch (target.substring(target.indexOf('.') + 1)) {
            case "DescribeOrganization" -> organization(account);
            case "DescribeReportDefinitions" -> account.has(Automation.REPORTS_ENABLED)
                    ? AwsWire.JSON.ok("{\"ReportDefinitions\":[" + (account.has(Automation.REPORT_DEFINITION)
                            ? report(ReportDefinitionSpec.wanted(settings, id)) : "") + "]}")
                    // Not enabled yet: AWS refuses the call in its own words, here by the organization's policy.
                    : AwsWire.JSON.error(400, "AccessDeniedException", "User: arn:aws:sts::" + id + ":assumed-role/"
                            + settings.platformRoleName() + "/s is not authorized to perform:"
                            + " cur:DescribeReportDefinitions on resource: arn:aws:cur:us-east-1:" + id
                            + ":definition/ with an explicit deny in a service control policy");
            default -> AwsWire.JSON.error(400, "UnknownOperationException", "The stand-in AWS does not answer "
                    + target + ".");
        };
    }

    private static ResponseDefinitionBuilder organization(BenchAccount account) {
        var id = account.accountId();
        var master = account.has(Automation.MANAGEMENT_ACCOUNT) ? id : OTHER_MANAGEMENT_ACCOUNT;
        var email = account.has(Automation.ROOT_EMAIL) ? account.rootEmail()
                : "root-before-onboarding+" + id + "@customer.example";
        return AwsWire.JSON.ok("{\"Organization\":{\"Id\":\"o-bench\",\"MasterAccountId\":\"" + master
                + "\",\"MasterAccountEmail\":\"" + email + "\"}}");
    }

    private ResponseDefinitionBuilder taxRegistration(BenchAccount account) {
        var country = account.billingCountry();
        return account.has(Automation.TAX_REGISTRATION) ? AwsWire.REST_JSON.ok("{\"taxRegistration\":{"
                + "\"registrationId\":\"" + country + "123456789\",\"registrationType\":\"VAT\",\"legalName\":"
                + "\"Bench\",\"status\":\"Verified\",\"legalAddress\":{\"addressLine1\":\"Street 1\",\"city\":"
                + "\"Berlin\",\"postalCode\":\"10115\",\"countryCode\":\"" + country + "\"}}}")
                : AwsWire.REST_JSON.error(404, "ResourceNotFoundException", "Account " + account.accountId()
                        + " has no tax registration.");
    }

    private ResponseDefinitionBuilder s3(Request request, String bucket, BenchAccount account) {
        boolean head = RequestMethod.HEAD.equals(request.getMethod());
        if (!bucket.equals(settings.reportName(account.accountId()))) {
            return head ? AwsWire.bare(403) : AwsWire.S3.error(403, "AccessDenied", "Access Denied");
        }
        if (!account.has(Automation.REPORT_BUCKET)) {
            return head ? AwsWire.bare(404)
                    : AwsWire.S3.error(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (head) {
            return AwsWire.bare(200);
        }
        if (request.queryParameter("policy").isPresent()) {
            // The bucket policy is the one S3 answer in JSON.
            return AwsWire.REST_JSON.ok(policies.reportBucketPolicy(account.accountId()));
        }
        if (request.queryParameter("publicAccessBlock").isPresent()) {
            return AwsWire.S3.ok("<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls>"
                    + "<IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
                    + "<RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
        }
        if (request.queryParameter("encryption").isPresent()) {
            return AwsWire.S3.ok("<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault>"
                    + "<SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule>"
                    + "</ServerSideEncryptionConfiguration>");
        }
        return AwsWire.S3.error(501, "NotImplemented", "The stand-in AWS does not answer " + request.getUrl() + ".");
    }

    private static String report(ReportDefinitionSpec spec) {
        var elements = spec.additionalSchemaElements().stream().map(e -> "\"" + e + "\"")
                .collect(Collectors.joining(","));
        return "{\"ReportName\":\"" + spec.reportName() + "\",\"TimeUnit\":\"" + spec.timeUnit() + "\",\"Format\":\""
                + spec.format() + "\",\"Compression\":\"" + spec.compression() + "\",\"AdditionalSchemaElements\":["
                + elements + "],\"S3Bucket\":\"" + spec.s3Bucket() + "\",\"S3Prefix\":\"" + spec.s3Prefix()
                + "\",\"S3Region\":\"" + spec.s3Region() + "\",\"RefreshClosedReports\":"
                + spec.refreshClosedReports() + ",\"ReportVersioning\":\"" + spec.reportVersioning() + "\"}";
    }

    private static Map<String, String> form(String body) {
        return Pattern.compile("&").splitAsStream(body).filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(pair -> decoded(pair.substring(0, pair.indexOf('='))),
                        pair -> decoded(pair.substring(pair.indexOf('=') + 1)), (first, second) -> first));
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8);
    }
}
