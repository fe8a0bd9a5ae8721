package com.onboarding.console.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsOperation.Caller;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.PolicyDocuments;
import com.onboarding.console.aws.TestAwsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request the console makes through the platform role is one the shipped policies let it make. */
class ShippedPoliciesTest {

    private static final String ACCOUNT = "444455556666";
    private final AwsSettings settings = TestAwsSettings.defaults();
    private final PolicyDocuments policies = new PolicyDocuments(settings);

    /** The names the console passes to each operation that names a resource. */
    private List<String> namesUsedBy(AwsOperation operation) {
        return switch (operation) {
            case LIST_ENTITIES_FOR_POLICY -> List.of("AdministratorAccess");
            case GET_GROUP -> List.of("Administrators");
            case CREATE_ROLE, GET_ROLE, PUT_ROLE_POLICY, GET_ROLE_POLICY, ASSUME_ROLE ->
                    List.of(settings.platformRoleName(), settings.billingRoleName());
            default -> operation.namesResource() ? List.of(settings.reportName(ACCOUNT)) : List.of("");
        };
    }

    @Test
    void thePlatformRoleMayMakeEveryRequestTheConsoleMakesThroughIt() {
        var policy = policies.platformRole(ACCOUNT, "ext-1").permissionsPolicy();
        var refused = new ArrayList<String>();
        var checked = 0;
        for (var operation : AwsOperation.values()) {
            if (operation.caller() != Caller.PLATFORM_ROLE) {
                continue;
            }
            for (var name : namesUsedBy(operation)) {
                var resource = operation.resource(ACCOUNT, name);
                for (var action : operation.actions()) {
                    checked++;
                    if (!PolicyEvaluator.evaluate(policy, AuthorizationRequest.of(action, resource)).allowed()) {
                        refused.add(operation.qualifiedName() + " needs " + action + " on " + resource);
                    }
                }
            }
        }
        assertThat(refused).as("requests the platform role may not make").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(18);
    }

    @Test
    void thePlatformRoleMayNotCreateRolesNorTouchOtherBuckets() {
        var policy = policies.platformRole(ACCOUNT, "ext-1").permissionsPolicy();
        assertThat(PolicyEvaluator.evaluate(policy, AuthorizationRequest.of("iam:CreateRole",
                AwsOperation.CREATE_ROLE.resource(ACCOUNT, "doitintl_cmp"))).allowed()).isFalse();
        assertThat(PolicyEvaluator.evaluate(policy, AuthorizationRequest.of("s3:PutBucketPolicy",
                "arn:aws:s3:::someone-elses-bucket")).allowed()).isFalse();
        assertThat(PolicyEvaluator.evaluate(policy, AuthorizationRequest.of("iam:GetRole",
                AwsOperation.GET_ROLE.resource(ACCOUNT, "OrganizationAccountAccessRole"))).allowed()).isFalse();
    }

    @Test
    void theTrustPoliciesLetInOnlyTheirAccountWithTheCustomersExternalId() {
        var platformTrust = policies.platformRole(ACCOUNT, "ext-1").trustPolicy();
        var console = Principal.aws("arn:aws:sts::" + settings.platformAccountId() + ":assumed-role/console/s");
        var role = AwsOperation.ASSUME_ROLE.resource(ACCOUNT, settings.platformRoleName());
        assertThat(PolicyEvaluator.evaluate(platformTrust, new AuthorizationRequest("sts:AssumeRole", role, console,
                Map.of("sts:ExternalId", "ext-1"))).allowed()).isTrue();
        assertThat(PolicyEvaluator.evaluate(platformTrust, new AuthorizationRequest("sts:AssumeRole", role, console,
                Map.of("sts:ExternalId", "ext-2"))).allowed()).isFalse();
        assertThat(PolicyEvaluator.evaluate(platformTrust, new AuthorizationRequest("sts:AssumeRole", role,
                Principal.aws("arn:aws:iam::999988887777:root"), Map.of("sts:ExternalId", "ext-1"))).allowed())
                .isFalse();
    }

    @Test
    void theReportBucketPolicyLetsOnlyThisAccountsReportsDeliver() {
        var policy = policies.reportBucketPolicy(ACCOUNT);
        var bucket = "arn:aws:s3:::" + settings.reportName(ACCOUNT);
        var billing = Principal.service("billingreports.amazonaws.com");
        var ours = Map.of("aws:SourceArn", "arn:aws:cur:us-east-1:" + ACCOUNT + ":definition/r",
                "aws:SourceAccount", ACCOUNT);
        assertThat(PolicyEvaluator.evaluate(policy, new AuthorizationRequest("s3:GetBucketPolicy", bucket, billing,
                ours)).allowed()).isTrue();
        assertThat(PolicyEvaluator.evaluate(policy, new AuthorizationRequest("s3:PutObject", bucket + "/cur/r/x",
                billing, ours)).allowed()).isTrue();
        var theirs = Map.of("aws:SourceArn", "arn:aws:cur:us-east-1:999988887777:definition/r",
                "aws:SourceAccount", "999988887777");
        assertThat(PolicyEvaluator.evaluate(policy, new AuthorizationRequest("s3:PutObject", bucket + "/cur/r/x",
                billing, theirs)).allowed()).isFalse();
    }

    @Test
    void theBillingRoleTrustsTheBillingAccountWithTheCustomersExternalIdUnlessConfiguredOff() {
        var trust = policies.billingRole(ACCOUNT, "ext-1").trustPolicy();
        var billing = Principal.aws("arn:aws:sts::" + settings.billingAccountId() + ":assumed-role/billing/s");
        var role = "arn:aws:iam::" + ACCOUNT + ":role/" + settings.billingRoleName();
        assertThat(PolicyEvaluator.evaluate(trust, new AuthorizationRequest("sts:AssumeRole", role, billing,
                Map.of("sts:ExternalId", "ext-1"))).allowed()).isTrue();
        assertThat(PolicyEvaluator.evaluate(trust, new AuthorizationRequest("sts:AssumeRole", role, billing,
                Map.of())).allowed()).isFalse();

        var off = TestAwsSettings.bound(Map.of("billing-role-external-id", "false"));
        var trustWithoutExternalId = new PolicyDocuments(off).billingRole(ACCOUNT, "ext-1")
                .trustPolicy();
        assertThat(PolicyEvaluator.evaluate(trustWithoutExternalId, new AuthorizationRequest("sts:AssumeRole", role,
                billing, Map.of())).allowed()).isTrue();
    }
}
