package com.onboarding.console.aws.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.aws.policy.PolicyEvaluator.Decision;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

    private static final String READ_ROLES = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["iam:Get*", "s3:List?ucket"], "Resource": [
                "arn:aws:iam::111122223333:role/doitintl_cmp", "arn:aws:s3:::doitintl-*"]},
              {"Effect": "Deny", "Action": "iam:GetRolePolicy", "Resource": "*"}]}
            """;

    @Test
    void actionsMatchWithWildcardsIgnoringCaseResourcesCaseSensitively() {
        assertThat(decide(READ_ROLES, "iam:GetRole", "arn:aws:iam::111122223333:role/doitintl_cmp"))
                .isEqualTo(Decision.ALLOW);
        assertThat(decide(READ_ROLES, "IAM:getrole", "arn:aws:iam::111122223333:role/doitintl_cmp"))
                .isEqualTo(Decision.ALLOW);
        assertThat(decide(READ_ROLES, "s3:ListBucket", "arn:aws:s3:::doitintl-awsops-1")).isEqualTo(Decision.ALLOW);
        assertThat(decide(READ_ROLES, "iam:GetRole", "arn:aws:iam::111122223333:role/DOITINTL_CMP"))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(READ_ROLES, "iam:CreateRole", "arn:aws:iam::111122223333:role/doitintl_cmp"))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void anExplicitDenyWins() {
        assertThat(decide(READ_ROLES, "iam:GetRolePolicy", "arn:aws:iam::111122223333:role/doitintl_cmp"))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void notActionAndNotResourceExclude() {
        var policy = """
                {"Statement": {"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::secret"}}""";
        assertThat(decide(policy, "s3:GetObject", "arn:aws:s3:::open")).isEqualTo(Decision.ALLOW);
        assertThat(decide(policy, "s3:GetObject", "arn:aws:s3:::secret")).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(policy, "iam:GetRole", "arn:aws:s3:::open")).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void stringEqualsTakesAStarLiterallyArnLikeAndStringLikeDoNot() {
        var source = "arn:aws:cur:us-east-1:111122223333:definition/report-1";
        assertThat(bucketWrite("StringEquals", source)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(bucketWrite("ArnLike", source)).isEqualTo(Decision.ALLOW);
        assertThat(bucketWrite("StringLike", source)).isEqualTo(Decision.ALLOW);
        assertThat(bucketWrite("ArnLike", "arn:aws:cur:us-east-1:999988887777:definition/report-1"))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aMissingConditionKeyFailsPositiveOperatorsUnlessIfExists() {
        var policy = """
                {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                  "Condition": {"%s": {"aws:SourceAccount": "111122223333"}}}}""";
        var request = AuthorizationRequest.of("s3:GetObject", "arn:aws:s3:::b/k");
        assertThat(PolicyEvaluator.evaluate(policy.formatted("StringEquals"), request))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(PolicyEvaluator.evaluate(policy.formatted("StringEqualsIfExists"), request))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(policy.formatted("StringNotEquals"), request)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void trustPoliciesMatchAccountsByRootOrIdAndRolesBySession() {
        var trust = """
                {"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                  "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "ext-1"}}}}""";
        var console = Principal.aws("arn:aws:sts::123456789012:assumed-role/console/session-1");
        assertThat(assume(trust, console, "ext-1")).isEqualTo(Decision.ALLOW);
        assertThat(assume(trust, console, "ext-2")).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(assume(trust, Principal.aws("arn:aws:iam::999988887777:user/x"), "ext-1"))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(assume(trust.replace("arn:aws:iam::123456789012:root", "123456789012"), console, "ext-1"))
                .isEqualTo(Decision.ALLOW);
        assertThat(assume(trust.replace("root", "role/console"), console, "ext-1")).isEqualTo(Decision.ALLOW);
        assertThat(assume(trust.replace("root", "role/other"), console, "ext-1")).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void aPolicyIamWouldRefuseIsNamed() {
        assertThatThrownBy(() -> decide("{\"Version\": \"2012-10-17\"}", "s3:GetObject", "*"))
                .hasMessage("The policy has no Statement.");
        assertThatThrownBy(() -> decide("""
                {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                  "Condition": {"NumericEquals": {"k": "1"}}}}""", "s3:GetObject", "*"))
                .hasMessageContaining("NumericEquals is not supported");
    }

    private static Decision decide(String policy, String action, String resource) {
        return PolicyEvaluator.evaluate(policy, AuthorizationRequest.of(action, resource));
    }

    private static Decision bucketWrite(String operator, String sourceArn) {
        var policy = """
                {"Statement": {"Effect": "Allow", "Principal": {"Service": "billingreports.amazonaws.com"},
                  "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*",
                  "Condition": {"%s": {"aws:SourceArn": "arn:aws:cur:us-east-1:111122223333:definition/*"}}}}"""
                .formatted(operator);
        return PolicyEvaluator.evaluate(policy, new AuthorizationRequest("s3:PutObject", "arn:aws:s3:::b/cur/r",
                Principal.service("billingreports.amazonaws.com"),
                Map.of("aws:SourceArn", sourceArn, "aws:SourceAccount", "111122223333")));
    }

    private static Decision assume(String trust, Principal caller, String externalId) {
        return PolicyEvaluator.evaluate(trust, new AuthorizationRequest("sts:AssumeRole",
                "arn:aws:iam::111122223333:role/doitintl_cmp", caller, Map.of("sts:ExternalId", externalId)));
    }
}
