package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.IamRoles;
import com.onboarding.console.aws.OrganizationFacts;
import com.onboarding.console.aws.OrganizationPort;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * IAM and Organizations of the sandbox: the account's organization and root user, its administrators, and its
 * roles, of which an existing one stays as it is.
 */
@Component
@SandboxMode
final class SandboxIdentity implements OrganizationPort, AccountSecurityPort, IamRoles {

    private final SandboxAccounts accounts;

    SandboxIdentity(SandboxAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OrganizationFacts describeOrganization(AwsTarget target) {
        return accounts.call(AwsOperation.DESCRIBE_ORGANIZATION, target, account -> {
            var master = accounts.touch(account.masterAccountId);
            return new OrganizationFacts(account.organizationId, master.accountId, master.rootEmail);
        });
    }

    @Override
    public boolean rootMfaEnabled(AwsTarget target) {
        return accounts.call(AwsOperation.GET_ACCOUNT_SUMMARY, target, account -> account.rootMfa);
    }

    /** As the SDK asks: who holds AdministratorAccess, then whether a holding group has a user. */
    @Override
    public boolean adminUserPresent(AwsTarget target) {
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

    @Override
    public boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return accounts.call(AwsOperation.CREATE_ROLE, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.CREATE_ROLE, account.accountId, trustPolicy);
            return account.roles.putIfAbsent(roleName, new SimulatedAccount.Role(trustPolicy, accounts.now())) == null;
        });
    }

    @Override
    public Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return accounts.call(AwsOperation.GET_ROLE, target, roleName,
                account -> Optional.ofNullable(account.roles.get(roleName)).map(role -> role.trustPolicy));
    }

    @Override
    public void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        accounts.call(AwsOperation.PUT_ROLE_POLICY, target, roleName, account -> {
            SandboxIam.requireValid(AwsOperation.PUT_ROLE_POLICY, account.accountId, policy);
            return existingRole(account, roleName, AwsOperation.PUT_ROLE_POLICY).policies.put(policyName, policy);
        });
    }

    @Override
    public Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return accounts.call(AwsOperation.GET_ROLE_POLICY, target, roleName, account -> Optional.ofNullable(
                existingRole(account, roleName, AwsOperation.GET_ROLE_POLICY).policies.get(policyName)));
    }

    @Override
    public void assumeRole(AwsTarget target, String roleName) {
        accounts.call(AwsOperation.ASSUME_ROLE, target, roleName,
                account -> accounts.assumePlatformRole(account, target));
    }

    static SimulatedAccount.Role existingRole(SimulatedAccount account, String roleName, AwsOperation operation) {
        var role = account.roles.get(roleName);
        if (role == null) {
            throw AwsFailures.failure(Reason.NOT_FOUND, operation.qualifiedName(), account.accountId, "NoSuchEntity",
                    "The role with name " + roleName + " cannot be found.", null);
        }
        return role;
    }
}
