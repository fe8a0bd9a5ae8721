package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsCallMetrics;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsOperations;
import com.onboarding.console.aws.AwsResult;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.BucketCreation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.BucketHead;
import com.onboarding.console.aws.BucketRules;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.CurBucketRegions;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.PublicAccessBlock;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.RolePropagationSettings;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TaxRules;
import com.onboarding.console.aws.TemporaryCredentials;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * AWS simulated in memory, one account per account id, created on first touch (an organization of its own, root
 * MFA on, no admin user). It keeps AWS's rules: bucket names are global, an existing role or report stays as it
 * is, pasted credentials act in the account they belong to, and without them the platform role must exist with
 * the customer's ExternalId. People change accounts as a customer would in the AWS console through
 * {@link com.onboarding.console.aws.ui.SandboxView}, and can make calls fail for training.
 */
@Component
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxAws implements AwsOperations {

    /** Temporary access key ids: the sandbox accepts any of this form it did not issue as the target's own. */
    private static final Pattern TEMPORARY_KEY = Pattern.compile("ASIA[A-Z2-7]{16}");
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String platformRoleName;
    private final SandboxIam iam;
    private final Duration propagationDelay;
    private final Clock clock;
    private final String bucketRegion;
    private final AwsCallMetrics metrics;
    private final Map<String, Account> accounts = new TreeMap<>();
    private final Map<String, String> bucketOwners = new HashMap<>();
    private final Map<String, String> issuedKeys = new HashMap<>();

    public SandboxAws(AwsSettings settings, AwsCallMetrics metrics, RolePropagationSettings propagation,
            Clock clock) {
        this.propagationDelay = propagation.sandboxDelay();
        this.clock = clock;
        this.platformRoleName = settings.platformRoleName();
        this.iam = new SandboxIam(settings.platformAccountId());
        this.bucketRegion = settings.bucketRegion();
        this.metrics = metrics;
    }

    // What people do in the sandbox view, as a customer would in their AWS console.

    /** Every account touched so far. */
    public synchronized List<SandboxAccount> accounts() {
        return accounts.values().stream().map(Account::snapshot).toList();
    }

    public synchronized SandboxAccount account(String accountId) {
        return touch(accountId).snapshot();
    }

    public synchronized void setRootEmail(String accountId, String email) {
        touch(accountId).rootEmail = email;
    }

    public synchronized void setRootMfa(String accountId, boolean enabled) {
        touch(accountId).rootMfa = enabled;
    }

    /**
     * Makes the account a member of another account's organization, as when a customer names a member account
     * instead of their management account.
     */
    public synchronized void joinOrganization(String memberAccountId, String managementAccountId) {
        var member = touch(memberAccountId);
        var management = touch(managementAccountId);
        member.organizationId = management.organizationId;
        member.masterAccountId = management.accountId;
    }

    /** CreateUser + AttachUserPolicy AdministratorAccess; a name IAM does not take is refused as IAM does. */
    public synchronized void createAdminUser(String accountId, String userName) {
        SandboxIam.requireUserName(accountId, userName);
        touch(accountId).users.computeIfAbsent(userName, u -> new TreeSet<>()).add(ADMINISTRATOR_ACCESS);
    }

    /** CreateGroup + AttachGroupPolicy AdministratorAccess, then CreateUser + AddUserToGroup for each member. */
    public synchronized void createAdminGroup(String accountId, String groupName, List<String> members) {
        var account = touch(accountId);
        var group = account.groups.computeIfAbsent(groupName, g -> new Group());
        group.policies.add(ADMINISTRATOR_ACCESS);
        members.forEach(member -> {
            account.users.computeIfAbsent(member, u -> new TreeSet<>());
            group.members.add(member);
        });
    }

    /** A role's inline policies by name; none when there is no such role. */
    public synchronized Map<String, String> rolePolicies(String accountId, String roleName) {
        var role = touch(accountId).roles.get(roleName);
        return role == null ? Map.of() : Map.copyOf(role.policies);
    }

    /** Changes a role's inline policy, as the customer could in their IAM console; the role must exist. */
    public synchronized void setRolePolicy(String accountId, String roleName, String policyName, String document) {
        var account = touch(accountId);
        SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, accountId, document);
        existingRole(account, roleName, "iam:PutRolePolicy").policies.put(policyName, document);
    }

    /** The next {@code times} calls to the account fail for this reason, e.g. to practise throttling. */
    public synchronized void failNext(String accountId, Reason reason, int times) {
        var account = touch(accountId);
        account.failure = reason;
        account.failuresLeft = Math.max(0, times);
    }

    /** Temporary credentials of the account, as its AWS console would hand them out. */
    public synchronized TemporaryCredentials issueCredentials(String accountId) {
        touch(accountId);
        var keyId = "ASIA" + random(KEY_CHARS, 16);
        issuedKeys.put(keyId, accountId);
        return new TemporaryCredentials(keyId, random(SECRET_CHARS, 40), random(SECRET_CHARS, 120));
    }

    // The ports.

    @Override
    public OrganizationFacts describeOrganization(AwsTarget target) {
        return call(AwsOperation.DESCRIBE_ORGANIZATION, target, account -> {
            var master = touch(account.masterAccountId);
            return new OrganizationFacts(account.organizationId, master.accountId, master.rootEmail);
        });
    }

    @Override
    public boolean rootMfaEnabled(AwsTarget target) {
        return call(AwsOperation.GET_ACCOUNT_SUMMARY, target, account -> account.rootMfa);
    }

    /** As the SDK asks: who holds AdministratorAccess, then whether a holding group has a user. */
    @Override
    public boolean adminUserPresent(AwsTarget target) {
        var holders = call(AwsOperation.LIST_ENTITIES_FOR_POLICY, target, "AdministratorAccess",
                Account::holders);
        if (!holders.users().isEmpty()) {
            return true;
        }
        for (var group : holders.groups()) {
            if (call(AwsOperation.GET_GROUP, target, group, account -> !account.groups.get(group).members.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** As AWS: an entry against the Tax Settings rules is refused with a ValidationException naming the member. */
    @Override
    public AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration) {
        return call(AwsOperation.PUT_TAX_REGISTRATION, target, account -> {
            TaxRules.refusedMember(registration).ifPresent(member -> {
                throw AwsFailures.failure(Reason.OTHER, "taxsettings:PutTaxRegistration", account.accountId,
                        "ValidationException", "1 validation error detected: Value at '" + member
                                + "' failed to satisfy constraint", null);
            });
            account.tax = new FiledTaxRegistration(registration, FiledTaxRegistration.Status.VERIFIED);
            return AwsResult.ok("Tax registration " + registration.registrationId() + " (" + registration.countryCode()
                    + ") saved");
        });
    }

    /** How far AWS has checked the account's registration, as the customer would see it on the Tax Settings page. */
    public synchronized void setTaxRegistrationStatus(String accountId, FiledTaxRegistration.Status status) {
        var account = touch(accountId);
        if (account.tax != null) {
            account.tax = new FiledTaxRegistration(account.tax.registration(), status);
        }
    }

    @Override
    public Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target) {
        return call(AwsOperation.GET_TAX_REGISTRATION, target, account -> Optional.ofNullable(account.tax));
    }

    @Override
    public String accountOf(TemporaryCredentials credentials) {
        return metrics.time(AwsOperation.GET_CALLER_IDENTITY, () -> {
            synchronized (this) {
                var owner = issuedKeys.get(credentials.accessKeyId());
                if (owner == null) {
                    throw new AwsCallException(Reason.INVALID_CREDENTIALS, "sts:GetCallerIdentity",
                            "The sandbox did not issue the access key " + credentials.accessKeyId()
                                    + ": issue credentials for the account in the Sandbox AWS view.");
                }
                return owner;
            }
        });
    }

    @Override
    public CallerIdentity consoleIdentity() {
        return metrics.time(AwsOperation.GET_CALLER_IDENTITY, iam::consoleIdentity);
    }

    /** Credentials the sandbox did not issue belong to the account they are meant for, if they look temporary. */
    @Override
    public String accountOf(AwsTarget target) {
        return call(AwsOperation.GET_CALLER_IDENTITY, target, account -> account.accountId);
    }

    @Override
    public boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return call(AwsOperation.CREATE_ROLE, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.CREATE_ROLE, account.accountId, trustPolicy);
            return account.roles.putIfAbsent(roleName, new Role(trustPolicy, clock.instant())) == null;
        });
    }

    @Override
    public Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return call(AwsOperation.GET_ROLE, target, roleName,
                account -> Optional.ofNullable(account.roles.get(roleName)).map(role -> role.trustPolicy));
    }

    @Override
    public void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        call(AwsOperation.PUT_ROLE_POLICY, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, account.accountId, policy);
            return existingRole(account, roleName, "iam:PutRolePolicy").policies.put(policyName, policy);
        });
    }

    @Override
    public Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return call(AwsOperation.GET_ROLE_POLICY, target, roleName, account -> Optional.ofNullable(
                existingRole(account, roleName, "iam:GetRolePolicy").policies.get(policyName)));
    }

    @Override
    public void assumeRole(AwsTarget target, String roleName) {
        call(AwsOperation.ASSUME_ROLE, target, roleName, account -> assumePlatformRole(account, target));
    }

    /**
     * As S3 answers CreateBucket: InvalidBucketName for a name against its rules, 409 BucketAlreadyExists for
     * another account's name, and for the account's own bucket 200 in us-east-1 (which S3 keeps as it is) but 409
     * BucketAlreadyOwnedByYou in other regions.
     */
    @Override
    public BucketCreation createBucket(AwsTarget target, String bucket, String region) {
        return call(AwsOperation.CREATE_BUCKET, target, bucket, account -> {
            if (BucketRules.problem(bucket).isPresent()) {
                throw AwsFailures.failure(Reason.OTHER, "s3:CreateBucket", account.accountId, "InvalidBucketName",
                        "The specified bucket is not valid.", null);
            }
            var owner = bucketOwners.putIfAbsent(bucket, account.accountId);
            if (owner == null) {
                account.buckets.put(bucket, new Bucket(region));
                return BucketCreation.CREATED;
            }
            if (!owner.equals(account.accountId)) {
                return BucketCreation.TAKEN_BY_ANOTHER_ACCOUNT;
            }
            return AwsSettings.CUR_REGION.equals(region) ? BucketCreation.CREATED : BucketCreation.ALREADY_OWNED;
        });
    }

    /** As S3 answers HeadBucket: 404 for a free name, 403 for another account's, 301 for another region. */
    @Override
    public BucketHead headBucket(AwsTarget target, String bucket) {
        return call(AwsOperation.HEAD_BUCKET, target, bucket, account -> {
            var owner = bucketOwners.get(bucket);
            if (owner == null) {
                return BucketHead.of(BucketHead.Status.MISSING);
            }
            if (!owner.equals(account.accountId)) {
                return BucketHead.of(BucketHead.Status.FORBIDDEN);
            }
            var region = account.buckets.get(bucket).region;
            return region.equals(bucketRegion) ? BucketHead.of(BucketHead.Status.OWNED)
                    : new BucketHead(BucketHead.Status.IN_OTHER_REGION, region);
        });
    }

    @Override
    public void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block) {
        bucketCall(AwsOperation.PUT_PUBLIC_ACCESS_BLOCK, target, bucket, found -> found.block = block);
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_PUBLIC_ACCESS_BLOCK, target, bucket,
                found -> Optional.ofNullable(found.block));
    }

    @Override
    public void encryptBucket(AwsTarget target, String bucket) {
        bucketCall(AwsOperation.PUT_BUCKET_ENCRYPTION, target, bucket,
                found -> found.encryption = BucketEncryption.SSE_S3);
    }

    /** The customer's own choice of encryption, as made in their AWS console. */
    public synchronized void setBucketEncryption(String accountId, String bucket, BucketEncryption encryption) {
        existingBucket(touch(accountId), bucket).encryption = encryption;
    }

    @Override
    public Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_BUCKET_ENCRYPTION, target, bucket,
                found -> Optional.ofNullable(found.encryption));
    }

    @Override
    public void putBucketPolicy(AwsTarget target, String bucket, String policy) {
        bucketCall(AwsOperation.PUT_BUCKET_POLICY, target, bucket, found -> found.policy = policy);
    }

    @Override
    public Optional<String> bucketPolicy(AwsTarget target, String bucket) {
        return bucketCall(AwsOperation.GET_BUCKET_POLICY, target, bucket, found -> Optional.ofNullable(found.policy));
    }

    @Override
    public boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition) {
        return call(AwsOperation.PUT_REPORT_DEFINITION, target, definition.reportName(), account -> {
            // As CUR, which validates the request against its API model first: S3Region is one of its enum values.
            if (!CurBucketRegions.ACCEPTED.contains(definition.s3Region())) {
                throw AwsFailures.failure(Reason.OTHER, AwsOperation.PUT_REPORT_DEFINITION.qualifiedName(),
                        account.accountId, "ValidationException", "1 validation error detected: Value '"
                                + definition.s3Region() + "' at 'reportDefinition.s3Region' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: ["
                                + String.join(", ", CurBucketRegions.ACCEPTED) + "]", null);
            }
            // As CUR, which checks at this call that it may deliver to the bucket.
            var bucket = account.buckets.get(definition.s3Bucket());
            if (bucket == null || bucket.policy == null
                    || !SandboxIam.billingReportsMayDeliver(bucket.policy, account.accountId, definition)) {
                throw AwsFailures.failure(Reason.OTHER, AwsOperation.PUT_REPORT_DEFINITION.qualifiedName(),
                        account.accountId, "ValidationException", "Failed to verify customer bucket permission."
                                + " accountId= " + account.accountId + ", bucket name: " + definition.s3Bucket()
                                + ", bucket region: " + definition.s3Region(), null);
            }
            return account.reports.putIfAbsent(definition.reportName(), definition) == null;
        });
    }

    @Override
    public List<ReportDefinitionSpec> reportDefinitions(AwsTarget target) {
        return call(AwsOperation.DESCRIBE_REPORT_DEFINITIONS, target,
                account -> List.copyOf(account.reports.values()));
    }

    /**
     * Times the call, finds the account the credentials act in, and plays an injected failure, all under the
     * sandbox's one lock (it is small and fast).
     */
    private <T> T call(AwsOperation operation, AwsTarget target, Function<Account, T> body) {
        return call(operation, target, "", body);
    }

    /** @param resourceName the role, group, bucket or report the request names, for IAM's authorization */
    private <T> T call(AwsOperation operation, AwsTarget target, String resourceName, Function<Account, T> body) {
        var qualified = operation.qualifiedName();
        return metrics.time(operation, () -> {
            synchronized (this) {
                var account = actingAccount(target, operation, resourceName);
                if (account.failuresLeft > 0 && account.failure != null) {
                    account.failuresLeft--;
                    throw AwsFailures.failure(account.failure, qualified, account.accountId);
                }
                return body.apply(account);
            }
        });
    }

    private Account actingAccount(AwsTarget target, AwsOperation operation, String resourceName) {
        var credentials = target.credentials();
        if (credentials == null) {
            var account = touch(target.accountId());
            var role = assumePlatformRole(account, target);
            // AssumeRole itself is the console's request, authorized by the trust policy alone.
            if (operation.caller() != AwsOperation.Caller.CONSOLE_IDENTITY) {
                iam.authorize(operation, account.accountId, platformRoleName, target.sessionName(),
                        role.policies.values(), resourceName);
            }
            return account;
        }
        var owner = issuedKeys.get(credentials.accessKeyId());
        if (owner != null) {
            return touch(owner);
        }
        if (!TEMPORARY_KEY.matcher(credentials.accessKeyId()).matches()) {
            throw AwsFailures.failure(Reason.INVALID_CREDENTIALS, operation.qualifiedName(), target.accountId());
        }
        return touch(target.accountId());
    }

    /** As AWS: AssumeRole works only into a role whose trust policy lets the console in with the ExternalId. */
    private Role assumePlatformRole(Account account, AwsTarget target) {
        var role = account.roles.get(platformRoleName);
        // IAM is eventually consistent: a role just created is not assumable at once.
        var propagated = role != null && !clock.instant().isBefore(role.createdAt.plus(propagationDelay));
        iam.assumeRole(account.accountId, platformRoleName, propagated ? role.trustPolicy : null,
                target.externalId());
        return Objects.requireNonNull(role);
    }

    private Role existingRole(Account account, String roleName, String operation) {
        var role = account.roles.get(roleName);
        if (role == null) {
            throw AwsFailures.failure(Reason.NOT_FOUND, operation, account.accountId, "NoSuchEntity",
                    "The role with name " + roleName + " cannot be found.", null);
        }
        return role;
    }

    private <T> T bucketCall(AwsOperation operation, AwsTarget target, String bucket, Function<Bucket, T> body) {
        return call(operation, target, bucket, account -> body.apply(requestedBucket(account, bucket, operation)));
    }

    /**
     * The bucket a request names, as S3 finds it from the bucket region's endpoint: 404 NoSuchBucket for a free
     * name, 403 for another account's bucket, 301 PermanentRedirect for one in another region.
     */
    private Bucket requestedBucket(Account account, String bucket, AwsOperation operation) {
        var owner = bucketOwners.get(bucket);
        if (owner != null && !owner.equals(account.accountId)) {
            throw AwsFailures.failure(Reason.ACCESS_DENIED, operation.deniedName(), account.accountId,
                    "AccessDenied", "Access Denied", null);
        }
        var found = existingBucket(account, bucket);
        if (!found.region.equals(bucketRegion)) {
            throw AwsFailures.failure(Reason.OTHER, operation.qualifiedName(), account.accountId,
                    "PermanentRedirect", "The bucket you are attempting to access must be addressed using the"
                            + " specified endpoint. Please send all future requests to this endpoint.", null);
        }
        return found;
    }

    private Bucket existingBucket(Account account, String bucket) {
        var found = account.buckets.get(bucket);
        if (found == null) {
            throw AwsFailures.failure(Reason.NOT_FOUND, "s3:" + bucket, account.accountId, "NoSuchBucket",
                    "The specified bucket does not exist", null);
        }
        return found;
    }

    private Account touch(String accountId) {
        return accounts.computeIfAbsent(accountId, Account::new);
    }

    private static String random(String alphabet, int length) {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** One simulated account; guarded by the sandbox's lock. */
    private static final class Account {
        final String accountId;
        String organizationId;
        String masterAccountId;
        String rootEmail;
        boolean rootMfa = true;
        final Map<String, TreeSet<String>> users = new TreeMap<>();
        final Map<String, Group> groups = new TreeMap<>();
        final Map<String, Role> roles = new TreeMap<>();
        final Map<String, Bucket> buckets = new TreeMap<>();
        final Map<String, ReportDefinitionSpec> reports = new TreeMap<>();
        @Nullable FiledTaxRegistration tax;
        @Nullable Reason failure;
        int failuresLeft;

        Account(String accountId) {
            this.accountId = accountId;
            this.organizationId = "o-" + Long.toString(Long.parseLong(accountId.replaceAll("\\D", "0")), 36);
            this.masterAccountId = accountId;
            this.rootEmail = "root+" + accountId + "@customer.example";
        }

        /** ListEntitiesForPolicy on AdministratorAccess: the users and groups it is attached to. */
        Holders holders() {
            return new Holders(users.entrySet().stream().filter(user -> user.getValue().contains(ADMINISTRATOR_ACCESS))
                    .map(Map.Entry::getKey).toList(),
                    groups.entrySet().stream().filter(group -> group.getValue().policies.contains(ADMINISTRATOR_ACCESS))
                    .map(Map.Entry::getKey).toList());
        }

        SandboxAccount snapshot() {
            var holders = holders();
            var admins = new TreeSet<>(holders.users());
            holders.groups().forEach(group -> admins.addAll(groups.get(group).members));
            return new SandboxAccount(accountId, rootEmail, rootMfa, List.copyOf(admins), List.copyOf(roles.keySet()),
                    List.copyOf(buckets.keySet()), List.copyOf(reports.keySet()),
                    tax == null ? null : tax.registration().registrationId(),
                    failuresLeft > 0 && failure != null ? failuresLeft + " x " + failure : null);
        }
    }

    private static final class Role {
        final String trustPolicy;
        final Instant createdAt;
        final Map<String, String> policies = new TreeMap<>();

        Role(String trustPolicy, Instant createdAt) {
            this.trustPolicy = trustPolicy;
            this.createdAt = createdAt;
        }
    }

    private record Holders(List<String> users, List<String> groups) {
    }

    private static final class Group {
        final Set<String> policies = new TreeSet<>();
        final Set<String> members = new TreeSet<>();
    }

    private static final class Bucket {
        final String region;
        @Nullable PublicAccessBlock block;
        @Nullable String policy;
        @Nullable BucketEncryption encryption;

        Bucket(String region) {
            this.region = region;
        }
    }
}
