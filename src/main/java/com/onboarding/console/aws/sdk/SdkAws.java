package com.onboarding.console.aws.sdk;

import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsOperations;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.BucketHead;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.costandusagereport.model.ReportDefinition;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.taxsettings.model.Address;
import software.amazon.awssdk.services.taxsettings.model.GetTaxRegistrationResponse;
import software.amazon.awssdk.services.taxsettings.model.TaxRegistrationEntry;

/**
 * The AWS requests through the AWS SDK v2. Every request carries the credentials of its target: the pasted ones,
 * or the platform role assumed with the customer's ExternalId from the console's own identity (the default
 * credential chain), cached per account. Every call is timed and every failure translated in one place.
 */
@Component
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sdk")
public class SdkAws implements AwsOperations, AutoCloseable {

    private static final int ASSUMED_ROLE_SECONDS = 900;

    private final AwsSettings settings;
    private final AwsCallMetrics metrics;
    private final SdkClients clients;
    private final Map<String, StsAssumeRoleCredentialsProvider> assumedRoles = new ConcurrentHashMap<>();

    @Autowired
    public SdkAws(AwsSettings settings, AwsCallMetrics metrics) {
        this(settings, metrics, DefaultCredentialsProvider.builder().build());
    }

    /** @param consoleIdentity the console's own AWS identity, which assumes the platform roles */
    public SdkAws(AwsSettings settings, AwsCallMetrics metrics, AwsCredentialsProvider consoleIdentity) {
        this.settings = settings;
        this.metrics = metrics;
        this.clients = new SdkClients(settings, consoleIdentity);
    }

    @Override
    public OrganizationFacts describeOrganization(AwsTarget target) {
        var organization = call(AwsOperation.DESCRIBE_ORGANIZATION, target.accountId(),
                () -> clients.organizations.describeOrganization(r -> r.overrideConfiguration(as(target))))
                .organization();
        return new OrganizationFacts(organization.id(), organization.masterAccountId(),
                organization.masterAccountEmail());
    }

    @Override
    public boolean rootMfaEnabled(AwsTarget target) {
        var summary = call(AwsOperation.GET_ACCOUNT_SUMMARY, target.accountId(),
                () -> clients.iam.getAccountSummary(r -> r.overrideConfiguration(as(target)))).summaryMap();
        return Integer.valueOf(1).equals(summary.get(SummaryKeyType.ACCOUNT_MFA_ENABLED));
    }

    /**
     * One ListEntitiesForPolicy (no EntityFilter: users, groups and roles together); a group holding
     * AdministratorAccess counts once GetGroup shows it has a user.
     */
    @Override
    public boolean adminUserPresent(AwsTarget target) {
        var groups = new ArrayList<String>();
        String marker = null;
        do {
            var from = marker;
            var page = call(AwsOperation.LIST_ENTITIES_FOR_POLICY, target.accountId(), () -> clients.iam
                    .listEntitiesForPolicy(r -> r.policyArn(ADMINISTRATOR_ACCESS).marker(from)
                            .overrideConfiguration(as(target))));
            if (!page.policyUsers().isEmpty()) {
                return true;
            }
            page.policyGroups().forEach(group -> groups.add(group.groupName()));
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        for (var group : groups) {
            var members = call(AwsOperation.GET_GROUP, target.accountId(), () -> clients.iam
                    .getGroup(r -> r.groupName(group).maxItems(1).overrideConfiguration(as(target))));
            if (!members.users().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration) {
        var entry = TaxRegistrationEntry.builder()
                .registrationType(registration.registrationType())
                .registrationId(registration.registrationId())
                .legalName(registration.legalName())
                .legalAddress(Address.builder()
                        .addressLine1(registration.addressLine1())
                        .city(registration.city())
                        .postalCode(registration.postalCode())
                        .stateOrRegion(registration.stateOrRegion())
                        .countryCode(registration.countryCode())
                        .build())
                .build();
        call(AwsOperation.PUT_TAX_REGISTRATION, target.accountId(), () -> clients.tax.putTaxRegistration(
                r -> r.accountId(target.accountId()).taxRegistrationEntry(entry).overrideConfiguration(as(target))));
        return AwsResult.ok("Tax registration " + registration.registrationId() + " (" + registration.countryCode()
                + ") saved");
    }

    @Override
    public Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target) {
        Optional<GetTaxRegistrationResponse> response = call(AwsOperation.GET_TAX_REGISTRATION, target.accountId(),
                () -> Optional.of(clients.tax.getTaxRegistration(
                        r -> r.accountId(target.accountId()).overrideConfiguration(as(target)))),
                Map.of("ResourceNotFoundException", Optional.empty()));
        return response.map(found -> {
            var registration = found.taxRegistration();
            var address = registration.legalAddress();
            return new FiledTaxRegistration(new TaxRegistration(registration.registrationTypeAsString(),
                    registration.registrationId(), registration.legalName(), address.addressLine1(), address.city(),
                    address.postalCode(), address.stateOrRegion(), address.countryCode()),
                    status(registration.statusAsString()));
        });
    }

    /** AWS's status; one newer than this SDK counts as pending, as AWS has not said it is verified. */
    private static FiledTaxRegistration.Status status(@Nullable String aws) {
        for (var status : FiledTaxRegistration.Status.values()) {
            if (status.awsName().equals(aws)) {
                return status;
            }
        }
        return FiledTaxRegistration.Status.PENDING;
    }

    @Override
    public String accountOf(TemporaryCredentials credentials) {
        var provider = StaticCredentialsProvider.create(toSdk(credentials));
        return call(AwsOperation.GET_CALLER_IDENTITY, "of the pasted credentials", () -> clients.sts
                .getCallerIdentity(r -> r.overrideConfiguration(o -> o.credentialsProvider(provider)))).account();
    }

    @Override
    public CallerIdentity consoleIdentity() {
        var identity = call(AwsOperation.GET_CALLER_IDENTITY, "of the console's own identity",
                () -> clients.sts.getCallerIdentity(r -> { }));
        return new CallerIdentity(identity.account(), identity.arn());
    }

    @Override
    public boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return call(AwsOperation.CREATE_ROLE, target.accountId(), () -> {
            clients.iam.createRole(r -> r.roleName(roleName).assumeRolePolicyDocument(trustPolicy)
                    .overrideConfiguration(as(target)));
            return true;
        }, Map.of("EntityAlreadyExists", false));
    }

    @Override
    public Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return call(AwsOperation.GET_ROLE, target.accountId(), () -> Optional.of(decoded(clients.iam
                        .getRole(r -> r.roleName(roleName).overrideConfiguration(as(target)))
                        .role().assumeRolePolicyDocument())),
                Map.of("NoSuchEntity", Optional.empty()));
    }

    @Override
    public void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        call(AwsOperation.PUT_ROLE_POLICY, target.accountId(), () -> clients.iam.putRolePolicy(r -> r.roleName(roleName)
                .policyName(policyName).policyDocument(policy).overrideConfiguration(as(target))));
    }

    @Override
    public Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return call(AwsOperation.GET_ROLE_POLICY, target.accountId(), () -> Optional.of(decoded(clients.iam
                        .getRolePolicy(r -> r.roleName(roleName).policyName(policyName)
                                .overrideConfiguration(as(target)))
                        .policyDocument())),
                Map.of("NoSuchEntity", Optional.empty()));
    }

    @Override
    public void assumeRole(AwsTarget target, String roleName) {
        call(AwsOperation.ASSUME_ROLE, target.accountId(), () -> clients.sts.assumeRole(assumeRoleRequest(target)));
    }

    @Override
    public BucketCreation createBucket(AwsTarget target, String bucket, String region) {
        return call(AwsOperation.CREATE_BUCKET, target.accountId(), () -> {
            clients.s3(region).createBucket(r -> {
                r.bucket(bucket).overrideConfiguration(as(target));
                // us-east-1 is the default location and AWS refuses it as an explicit constraint. The region goes
                // as text: the SDK's enum lacks newer regions and would send them as "null".
                if (!AwsSettings.CUR_REGION.equals(region)) {
                    r.createBucketConfiguration(c -> c.locationConstraint(region));
                }
            });
            return BucketCreation.CREATED;
        }, Map.of("BucketAlreadyOwnedByYou", BucketCreation.ALREADY_OWNED,
                "BucketAlreadyExists", BucketCreation.TAKEN_BY_ANOTHER_ACCOUNT));
    }

    /** HeadBucket answers with a status only (HEAD has no body): 404 free, 403 not ours, 301 another region. */
    @Override
    public BucketHead headBucket(AwsTarget target, String bucket) {
        return call(AwsOperation.HEAD_BUCKET, target.accountId(), () -> {
            try {
                s3().headBucket(r -> r.bucket(bucket).overrideConfiguration(as(target)));
                return BucketHead.of(BucketHead.Status.OWNED);
            } catch (S3Exception e) {
                return switch (e.statusCode()) {
                    case 404 -> BucketHead.of(BucketHead.Status.MISSING);
                    case 403 -> BucketHead.of(BucketHead.Status.FORBIDDEN);
                    case 301 -> new BucketHead(BucketHead.Status.IN_OTHER_REGION, e.awsErrorDetails() == null ? null
                            : e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region")
                                    .orElse(null));
                    default -> throw e;
                };
            }
        });
    }

    @Override
    public void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block) {
        var configuration = PublicAccessBlockConfiguration.builder()
                .blockPublicAcls(block.blockPublicAcls())
                .ignorePublicAcls(block.ignorePublicAcls())
                .blockPublicPolicy(block.blockPublicPolicy())
                .restrictPublicBuckets(block.restrictPublicBuckets())
                .build();
        call(AwsOperation.PUT_PUBLIC_ACCESS_BLOCK, target.accountId(), () -> s3().putPublicAccessBlock(
                r -> r.bucket(bucket).publicAccessBlockConfiguration(configuration).overrideConfiguration(as(target))));
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket) {
        return call(AwsOperation.GET_PUBLIC_ACCESS_BLOCK, target.accountId(), () -> {
            var c = s3().getPublicAccessBlock(r -> r.bucket(bucket).overrideConfiguration(as(target)))
                    .publicAccessBlockConfiguration();
            return Optional.of(new PublicAccessBlock(on(c.blockPublicAcls()), on(c.ignorePublicAcls()),
                    on(c.blockPublicPolicy()), on(c.restrictPublicBuckets())));
        }, Map.of("NoSuchPublicAccessBlockConfiguration", Optional.empty()));
    }

    @Override
    public void encryptBucket(AwsTarget target, String bucket) {
        call(AwsOperation.PUT_BUCKET_ENCRYPTION, target.accountId(), () -> s3().putBucketEncryption(r -> r
                .bucket(bucket)
                .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(
                        d -> d.sseAlgorithm(ServerSideEncryption.AES256))))
                .overrideConfiguration(as(target))));
    }

    @Override
    public Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket) {
        return call(AwsOperation.GET_BUCKET_ENCRYPTION, target.accountId(), () -> s3()
                        .getBucketEncryption(r -> r.bucket(bucket).overrideConfiguration(as(target)))
                        .serverSideEncryptionConfiguration().rules().stream().findFirst()
                        .map(rule -> rule.applyServerSideEncryptionByDefault())
                        .map(d -> BucketEncryption.of(d.sseAlgorithmAsString())),
                Map.of("ServerSideEncryptionConfigurationNotFoundError", Optional.empty()));
    }

    @Override
    public void putBucketPolicy(AwsTarget target, String bucket, String policy) {
        call(AwsOperation.PUT_BUCKET_POLICY, target.accountId(), () -> s3().putBucketPolicy(
                r -> r.bucket(bucket).policy(policy).overrideConfiguration(as(target))));
    }

    @Override
    public Optional<String> bucketPolicy(AwsTarget target, String bucket) {
        return call(AwsOperation.GET_BUCKET_POLICY, target.accountId(), () -> Optional.of(s3()
                        .getBucketPolicy(r -> r.bucket(bucket).overrideConfiguration(as(target))).policy()),
                Map.of("NoSuchBucketPolicy", Optional.empty()));
    }

    @Override
    public boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition) {
        var report = ReportDefinition.builder()
                .reportName(definition.reportName())
                .timeUnit(definition.timeUnit())
                .format(definition.format())
                .compression(definition.compression())
                .additionalSchemaElementsWithStrings(definition.additionalSchemaElements())
                .s3Bucket(definition.s3Bucket())
                .s3Prefix(definition.s3Prefix())
                .s3Region(definition.s3Region())
                .refreshClosedReports(definition.refreshClosedReports())
                .reportVersioning(definition.reportVersioning())
                .build();
        return call(AwsOperation.PUT_REPORT_DEFINITION, target.accountId(), () -> {
            clients.cur.putReportDefinition(r -> r.reportDefinition(report).overrideConfiguration(as(target)));
            return true;
        }, Map.of("DuplicateReportNameException", false));
    }

    @Override
    public List<ReportDefinitionSpec> reportDefinitions(AwsTarget target) {
        var definitions = new ArrayList<ReportDefinitionSpec>();
        String token = null;
        do {
            var from = token;
            var page = call(AwsOperation.DESCRIBE_REPORT_DEFINITIONS, target.accountId(), () -> clients.cur
                    .describeReportDefinitions(r -> r.nextToken(from).overrideConfiguration(as(target))));
            page.reportDefinitions().forEach(d -> definitions.add(new ReportDefinitionSpec(d.reportName(),
                    orNotSet(d.timeUnitAsString()), orNotSet(d.formatAsString()), orNotSet(d.compressionAsString()),
                    new HashSet<>(d.additionalSchemaElementsAsStrings()), orNotSet(d.s3Bucket()),
                    orNotSet(d.s3Prefix()), orNotSet(d.s3RegionAsString()), Boolean.TRUE.equals(d.refreshClosedReports()),
                    orNotSet(d.reportVersioningAsString()))));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return definitions;
    }

    private S3Client s3() {
        return clients.s3(settings.bucketRegion());
    }

    private <T> T call(AwsOperation operation, String accountId, Supplier<T> request) {
        return call(operation, accountId, request, Map.of());
    }

    /**
     * Runs one request, timed; an AWS error whose code is among {@code answers} is an answer (e.g. "already
     * exists"), any other failure is translated.
     */
    private <T> T call(AwsOperation operation, String accountId, Supplier<T> request, Map<String, T> answers) {
        return metrics.time(operation, () -> {
            try {
                return request.get();
            } catch (SdkException e) {
                var answer = answers.get(String.valueOf(SdkErrors.code(e)));
                if (answer != null) {
                    return answer;
                }
                throw SdkErrors.translate(e, operation, accountId);
            }
        });
    }

    /** The target's credentials for one request; pasted ones take precedence over the assumed platform role. */
    private AwsRequestOverrideConfiguration as(AwsTarget target) {
        var pasted = target.credentials();
        AwsCredentialsProvider provider = pasted != null
                ? StaticCredentialsProvider.create(toSdk(pasted))
                : assumedRoles.computeIfAbsent(target.accountId() + "/" + target.externalId() + "/"
                        + target.sessionName(), key -> StsAssumeRoleCredentialsProvider.builder()
                                .stsClient(clients.sts)
                                .refreshRequest(assumeRoleRequest(target))
                                .build());
        return AwsRequestOverrideConfiguration.builder().credentialsProvider(provider).build();
    }

    private AssumeRoleRequest assumeRoleRequest(AwsTarget target) {
        return AssumeRoleRequest.builder()
                .roleArn("arn:aws:iam::" + target.accountId() + ":role/" + settings.platformRoleName())
                .externalId(target.externalId())
                .roleSessionName(target.sessionName())
                .durationSeconds(ASSUMED_ROLE_SECONDS)
                .build();
    }

    private static AwsCredentials toSdk(TemporaryCredentials credentials) {
        return credentials.sessionToken().isEmpty()
                ? AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey())
                : AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                        credentials.sessionToken());
    }

    /** IAM returns policy documents URL-encoded; an emulator may not. */
    private static String decoded(String document) {
        return document.stripLeading().startsWith("{") ? document
                : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }

    private static boolean on(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String orNotSet(@Nullable String value) {
        return value == null ? "not set" : value;
    }

    @Override
    public void close() {
        assumedRoles.values().forEach(StsAssumeRoleCredentialsProvider::close);
        clients.close();
    }
}
