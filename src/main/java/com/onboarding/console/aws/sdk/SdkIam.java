package com.onboarding.console.aws.sdk;

import static com.onboarding.console.aws.AccountSecurityPort.ADMINISTRATOR_ACCESS;

import com.onboarding.console.aws.AccountSecurityPort;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.IamRoles;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/** IAM through the SDK: the management account's security facts and the customer's roles. */
@Component
@SdkMode
final class SdkIam implements AccountSecurityPort, IamRoles {

    private final SdkAws sdk;
    private final IamClient iam;

    SdkIam(SdkAws sdk) {
        this.sdk = sdk;
        this.iam = sdk.clients.iam;
    }

    @Override
    public boolean rootMfaEnabled(AwsTarget target) {
        var summary = sdk.call(AwsOperation.GET_ACCOUNT_SUMMARY, target.accountId(),
                () -> iam.getAccountSummary(r -> r.overrideConfiguration(sdk.as(target)))).summaryMap();
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
            var page = sdk.call(AwsOperation.LIST_ENTITIES_FOR_POLICY, target.accountId(), () -> iam
                    .listEntitiesForPolicy(r -> r.policyArn(ADMINISTRATOR_ACCESS).marker(from)
                            .overrideConfiguration(sdk.as(target))));
            if (!page.policyUsers().isEmpty()) {
                return true;
            }
            page.policyGroups().forEach(group -> groups.add(group.groupName()));
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
        } while (marker != null);
        for (var group : groups) {
            var members = sdk.call(AwsOperation.GET_GROUP, target.accountId(), () -> iam
                    .getGroup(r -> r.groupName(group).maxItems(1).overrideConfiguration(sdk.as(target))));
            if (!members.users().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean createRole(AwsTarget target, String roleName, String trustPolicy) {
        return sdk.call(AwsOperation.CREATE_ROLE, target.accountId(), () -> {
            iam.createRole(r -> r.roleName(roleName).assumeRolePolicyDocument(trustPolicy)
                    .overrideConfiguration(sdk.as(target)));
            return true;
        }, Map.of("EntityAlreadyExists", false));
    }

    @Override
    public Optional<String> roleTrustPolicy(AwsTarget target, String roleName) {
        return sdk.call(AwsOperation.GET_ROLE, target.accountId(), () -> Optional.of(decoded(iam
                        .getRole(r -> r.roleName(roleName).overrideConfiguration(sdk.as(target)))
                        .role().assumeRolePolicyDocument())),
                Map.of("NoSuchEntity", Optional.empty()));
    }

    @Override
    public void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy) {
        sdk.call(AwsOperation.PUT_ROLE_POLICY, target.accountId(), () -> iam.putRolePolicy(r -> r.roleName(roleName)
                .policyName(policyName).policyDocument(policy).overrideConfiguration(sdk.as(target))));
    }

    @Override
    public Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName) {
        return sdk.call(AwsOperation.GET_ROLE_POLICY, target.accountId(), () -> Optional.of(decoded(iam
                        .getRolePolicy(r -> r.roleName(roleName).policyName(policyName)
                                .overrideConfiguration(sdk.as(target)))
                        .policyDocument())),
                Map.of("NoSuchEntity", Optional.empty()));
    }

    /** STS's request, as the console's own identity: the same the assumed-role credentials are refreshed with. */
    @Override
    public void assumeRole(AwsTarget target, String roleName) {
        sdk.call(AwsOperation.ASSUME_ROLE, target.accountId(),
                () -> sdk.clients.sts.assumeRole(sdk.assumeRoleRequest(target)));
    }

    /** IAM returns policy documents URL-encoded; an emulator may not. */
    private static String decoded(String document) {
        return document.stripLeading().startsWith("{") ? document
                : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }
}
