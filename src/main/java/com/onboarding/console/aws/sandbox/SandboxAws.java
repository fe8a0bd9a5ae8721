package com.onboarding.console.aws.sandbox;

import static com.onboarding.console.aws.AccountSecurityPort.ADMINISTRATOR_ACCESS;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.BucketEncryption;
import com.onboarding.console.aws.FiledTaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * AWS simulated in memory, one account per account id, created on first touch (an organization of its own, root
 * MFA on, no admin user). It keeps AWS's rules: bucket names are global, an existing role or report stays as it
 * is, pasted credentials act in the account they belong to, and without them the platform role must exist with
 * the customer's ExternalId. Each AWS service is simulated by its own part behind its port ({@link SandboxIdentity},
 * {@link SandboxSts}, {@link SandboxS3}, {@link SandboxBilling}); all share the accounts and their one lock.
 * This is what people do to the accounts as a customer would in the AWS console, through
 * {@link com.onboarding.console.aws.ui.SandboxView}, including making calls fail for training.
 */
@Component
@SandboxMode
public class SandboxAws {

    private final SandboxAccounts accounts;

    SandboxAws(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

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
        accounts.change(memberAccountId, member -> {
            var management = accounts.touch(managementAccountId);
            member.organizationId = management.organizationId;
            member.masterAccountId = management.accountId;
        });
    }

    /** CreateUser + AttachUserPolicy AdministratorAccess; a name IAM does not take is refused as IAM does. */
    public void createAdminUser(String accountId, String userName) {
        SandboxIam.requireUserName(accountId, userName);
        accounts.change(accountId,
                account -> account.users.computeIfAbsent(userName, u -> new TreeSet<>()).add(ADMINISTRATOR_ACCESS));
    }

    /** CreateGroup + AttachGroupPolicy AdministratorAccess, then CreateUser + AddUserToGroup for each member. */
    public void createAdminGroup(String accountId, String groupName, List<String> members) {
        accounts.change(accountId, account -> {
            var group = account.groups.computeIfAbsent(groupName, g -> new SimulatedAccount.Group());
            group.policies.add(ADMINISTRATOR_ACCESS);
            members.forEach(member -> {
                account.users.computeIfAbsent(member, u -> new TreeSet<>());
                group.members.add(member);
            });
        });
    }

    /** A role's inline policies by name; none when there is no such role. */
    public Map<String, String> rolePolicies(String accountId, String roleName) {
        return accounts.read(accountId, account -> {
            var role = account.roles.get(roleName);
            return role == null ? Map.of() : Map.copyOf(role.policies);
        });
    }

    /** Changes a role's inline policy, as the customer could in their IAM console; the role must exist. */
    public void setRolePolicy(String accountId, String roleName, String policyName, String document) {
        accounts.change(accountId, account -> {
            SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, accountId, document);
            SandboxIdentity.existingRole(account, roleName, AwsOperation.PUT_ROLE_POLICY).policies
                    .put(policyName, document);
        });
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
        accounts.change(accountId, account -> {
            if (account.tax != null) {
                account.tax = new FiledTaxRegistration(account.tax.registration(), status);
            }
        });
    }

    /** The customer's own choice of encryption, as made in their AWS console. */
    public void setBucketEncryption(String accountId, String bucket, BucketEncryption encryption) {
        accounts.change(accountId, account -> SandboxS3.existingBucket(account, bucket).encryption = encryption);
    }
}
