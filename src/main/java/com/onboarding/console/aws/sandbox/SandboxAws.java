package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
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
import com.onboarding.console.aws.RolePropagationSettings;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * AWS simulated in memory, one account per account id, created on first touch (an organization of its own, root
 * MFA on, no admin user). It keeps AWS's rules: bucket names are global, an existing role or report stays as it
 * is, pasted credentials act in the account they belong to, and without them the platform role must exist with
 * the customer's ExternalId. People change accounts as a customer would in the AWS console through
 * {@link com.onboarding.console.aws.ui.SandboxView}, and can make calls fail for training. Each AWS service is
 * simulated by its own part; all share the accounts and their one lock.
 */
@Component
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sandbox", matchIfMissing = true)
public class SandboxAws implements AwsOperations {

    private final SandboxIam iam;
    private final AwsCallMetrics metrics;
    private final SandboxAccounts accounts;
    private final SandboxIdentity identity;
    private final SandboxS3 s3;
    private final SandboxBilling billing;

    public SandboxAws(AwsSettings settings, AwsCallMetrics metrics, RolePropagationSettings propagation,
            Clock clock) {
        this.iam = new SandboxIam(settings.platformAccountId());
        this.metrics = metrics;
        this.accounts = new SandboxAccounts(settings, iam, metrics, propagation, clock);
        this.identity = new SandboxIdentity(accounts);
        this.s3 = new SandboxS3(accounts, settings.bucketRegion());
        this.billing = new SandboxBilling(accounts);
    }

    // What people do in the sandbox view, as a customer would in their AWS console.

    /** Every account touched so far. */
    public List<SandboxAccount> accounts() {
        return accounts.snapshots();
    }

    public SandboxAccount account(String accountId) {
        return accounts.read(accountId, SimulatedAccount::snapshot);
    }

    public void setRootEmail(String accountId, String email) {
        accounts.change(accountId, account -> account.rootEmail = email);
    }

    public void setRootMfa(String accountId, boolean enabled) {
        accounts.change(accountId, account -> account.rootMfa = enabled);
    }

    /**
     * Makes the account a member of another account's organization, as when a customer names a member account
     * instead of their management account.
     */
    public void joinOrganization(String memberAccountId, String managementAccountId) {
        identity.joinOrganization(memberAccountId, managementAccountId);
    }

    /** CreateUser + AttachUserPolicy AdministratorAccess; a name IAM does not take is refused as IAM does. */
    public void createAdminUser(String accountId, String userName) {
        identity.createAdminUser(accountId, userName);
    }

    /** CreateGroup + AttachGroupPolicy AdministratorAccess, then CreateUser + AddUserToGroup for each member. */
    public void createAdminGroup(String accountId, String groupName, List<String> members) {
        identity.createAdminGroup(accountId, groupName, members);
    }

    /** A role's inline policies by name; none when there is no such role. */
    public Map<String, String> rolePolicies(String accountId, String roleName) {
        return identity.rolePolicies(accountId, roleName);
    }

    /** Changes a role's inline policy, as the customer could in their IAM console; the role must exist. */
    public void setRolePolicy(String accountId, String roleName, String policyName, String document) {
        identity.setRolePolicy(accountId, roleName, policyName, document);
    }

    /** The next {@code times} calls to the account fail for this reason, e.g. to practise throttling. */
    public void failNext(String accountId, Reason reason, int times) {
        accounts.failNext(accountId, reason, times);
    }

    /** Temporary credentials of the account, as its AWS console would hand them out. */
    public TemporaryCredentials issueCredentials(String accountId) {
        return accounts.issueCredentials(accountId);
    }

    /** How far AWS has checked the account's registration, as the customer would see it on the Tax Settings page. */
    public void setTaxRegistrationStatus(String accountId, FiledTaxRegistration.Status status) {
        billing.setTaxRegistrationStatus(accountId, status);
    }

    /** The customer's own choice of encryption, as made in their AWS console. */
    public void setBucketEncryption(String accountId, String bucket, BucketEncryption encryption) {
        s3.setBucketEncryption(accountId, bucket, encryption);
    }

    // The ports.

    @Override
    public OrganizationFacts describeOrganization(AwsTarget target) {
        return identity.describeOrganization(target);
    }

    @Override
    public boolean rootMfaEnabled(AwsTarget target) {
        return identity.rootMfaEnabled(target);
    }

    @Override
    public boolean adminUserPresent(AwsTarget target) {
        return identity.adminUserPresent(target);
    }

    @Override
    public AwsResult putTaxRegistration(AwsTarget target, TaxRegistration registration) {
        return billing.putTaxRegistration(target, registration);
    }

    @Override
    public Optional<FiledTaxRegistration> getTaxRegistration(AwsTarget target) {
        return billing.getTaxRegistration(target);
    }

    @Override
    public String accountOf(TemporaryCredentials credentials) {
        return accounts.accountOf(credentials);
    }

    @Override
    public CallerIdentity consoleIdentity() {
        return metrics.time(AwsOperation.GET_CALLER_IDENTITY, iam::consoleIdentity);
    }

    /** Credentials the sandbox did not issue belong to the account they are meant for, if they look temporary. */
    @Override
    public String accountOf(AwsTarget target) {
        return accounts.call(AwsOperation.GET_CALLER_IDENTITY, target, account -> account.accountId);
    }

    @Override
    public boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return identity.createRole(target, roleName, trustPolicy);
    }

    @Override
    public Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return identity.roleTrustPolicy(target, roleName);
    }

    @Override
    public void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        identity.putRolePolicy(target, roleName, policyName, policy);
    }

    @Override
    public Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return identity.rolePolicy(target, roleName, policyName);
    }

    @Override
    public void assumeRole(AwsTarget target, String roleName) {
        identity.assumeRole(target, roleName);
    }

    @Override
    public BucketCreation createBucket(AwsTarget target, String bucket, String region) {
        return s3.createBucket(target, bucket, region);
    }

    @Override
    public BucketHead headBucket(AwsTarget target, String bucket) {
        return s3.headBucket(target, bucket);
    }

    @Override
    public void putPublicAccessBlock(AwsTarget target, String bucket, PublicAccessBlock block) {
        s3.putPublicAccessBlock(target, bucket, block);
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(AwsTarget target, String bucket) {
        return s3.publicAccessBlock(target, bucket);
    }

    @Override
    public void encryptBucket(AwsTarget target, String bucket) {
        s3.encryptBucket(target, bucket);
    }

    @Override
    public Optional<BucketEncryption> bucketEncryption(AwsTarget target, String bucket) {
        return s3.bucketEncryption(target, bucket);
    }

    @Override
    public void putBucketPolicy(AwsTarget target, String bucket, String policy) {
        s3.putBucketPolicy(target, bucket, policy);
    }

    @Override
    public Optional<String> bucketPolicy(AwsTarget target, String bucket) {
        return s3.bucketPolicy(target, bucket);
    }

    @Override
    public boolean putReportDefinition(AwsTarget target, ReportDefinitionSpec definition) {
        return billing.putReportDefinition(target, definition);
    }

    @Override
    public List<ReportDefinitionSpec> reportDefinitions(AwsTarget target) {
        return billing.reportDefinitions(target);
    }
}
