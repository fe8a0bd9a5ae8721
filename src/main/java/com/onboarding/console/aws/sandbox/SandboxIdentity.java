package com.onboarding.console.aws.sandbox;

import static com.onboarding.console.aws.AwsOperations.ADMINISTRATOR_ACCESS;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.OrganizationFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * IAM and Organizations of the sandbox: the account's organization and root user, its administrators, and its
 * roles, of which an existing one stays as it is.
 */
final class SandboxIdentity {

    private final SandboxAccounts accounts;

    SandboxIdentity(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Makes the account a member of another account's organization, as when a customer names a member account
     * instead of their management account.
     */
    void joinOrganization(String memberAccountId, String managementAccountId) {
        accounts.change(memberAccountId, member -> {
            var management = accounts.touch(managementAccountId);
            member.organizationId = management.organizationId;
            member.masterAccountId = management.accountId;
        });
    }

    /** CreateUser + AttachUserPolicy AdministratorAccess; a name IAM does not take is refused as IAM does. */
    void createAdminUser(String accountId, String userName) {
        SandboxIam.requireUserName(accountId, userName);
        accounts.change(accountId,
                account -> account.users.computeIfAbsent(userName, u -> new TreeSet<>()).add(ADMINISTRATOR_ACCESS));
    }

    /** CreateGroup + AttachGroupPolicy AdministratorAccess, then CreateUser + AddUserToGroup for each member. */
    void createAdminGroup(String accountId, String groupName, List<String> members) {
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
    Map<String, String> rolePolicies(String accountId, String roleName) {
        return accounts.read(accountId, account -> {
            var role = account.roles.get(roleName);
            return role == null ? Map.of() : Map.copyOf(role.policies);
        });
    }

    /** Changes a role's inline policy, as the customer could in their IAM console; the role must exist. */
    void setRolePolicy(String accountId, String roleName, String policyName, String document) {
        accounts.change(accountId, account -> {
            SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, accountId, document);
            existingRole(account, roleName, "iam:PutRolePolicy").policies.put(policyName, document);
        });
    }

    OrganizationFacts describeOrganization(AwsTarget target) {
        return accounts.call(AwsOperation.DESCRIBE_ORGANIZATION, target, account -> {
            var master = accounts.touch(account.masterAccountId);
            return new OrganizationFacts(account.organizationId, master.accountId, master.rootEmail);
        });
    }

    boolean rootMfaEnabled(AwsTarget target) {
        return accounts.call(AwsOperation.GET_ACCOUNT_SUMMARY, target, account -> account.rootMfa);
    }

    /** As the SDK asks: who holds AdministratorAccess, then whether a holding group has a user. */
    boolean adminUserPresent(AwsTarget target) {
        var holders = accounts.call(AwsOperation.LIST_ENTITIES_FOR_POLICY, target, "AdministratorAccess",
                SimulatedAccount::holders);
        if (!holders.users().isEmpty()) {
            return true;
        }
        for (var group : holders.groups()) {
            if (accounts.call(AwsOperation.GET_GROUP, target, group,
                    account -> !account.groups.get(group).members.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return accounts.call(AwsOperation.CREATE_ROLE, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.CREATE_ROLE, account.accountId, trustPolicy);
            return account.roles.putIfAbsent(roleName, new SimulatedAccount.Role(trustPolicy, accounts.now())) == null;
        });
    }

    Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return accounts.call(AwsOperation.GET_ROLE, target, roleName,
                account -> Optional.ofNullable(account.roles.get(roleName)).map(role -> role.trustPolicy));
    }

    void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        accounts.call(AwsOperation.PUT_ROLE_POLICY, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, account.accountId, policy);
            return existingRole(account, roleName, "iam:PutRolePolicy").policies.put(policyName, policy);
        });
    }

    Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return accounts.call(AwsOperation.GET_ROLE_POLICY, target, roleName, account -> Optional.ofNullable(
                existingRole(account, roleName, "iam:GetRolePolicy").policies.get(policyName)));
    }

    void assumeRole(AwsTarget target, String roleName) {
        accounts.call(AwsOperation.ASSUME_ROLE, target, roleName,
                account -> accounts.assumePlatformRole(account, target));
    }

    private static SimulatedAccount.Role existingRole(SimulatedAccount account, String roleName, String operation) {
        var role = account.roles.get(roleName);
        if (role == null) {
            throw AwsFailures.failure(Reason.NOT_FOUND, operation, account.accountId, "NoSuchEntity",
                    "The role with name " + roleName + " cannot be found.", null);
        }
        return role;
    }
}
