package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.policy.AuthorizationRequest;
import com.onboarding.console.aws.policy.PolicyEvaluator;
import com.onboarding.console.aws.policy.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * IAM's authorization in the sandbox: AssumeRole by the role's trust policy, the assumed role's requests by its
 * inline policies, both evaluated as IAM evaluates them, and refused in AWS's words.
 */
@Component
@SandboxMode
final class SandboxIam {

    /** IAM's pattern and length for policy documents and user names (the IAM API reference). */
    private static final Pattern POLICY_CHARACTERS = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    private static final int POLICY_MAX = 131_072;
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
    private static final int NAME_MAX = 64;

    /** The service principal Cost and Usage Reports deliver as. */
    private static final String BILLING_REPORTS = "billingreports.amazonaws.com";

    /** The console's own identity in the platform account, as AssumeRole's caller. */
    private final String consoleArn;
    private final String platformAccountId;

    SandboxIam(AwsSettings settings) {
        this.platformAccountId = settings.platformAccountId();
        this.consoleArn = "arn:aws:sts::" + platformAccountId + ":assumed-role/onboarding-console/console-session";
    }

    /** The sandbox's console runs in the platform account. */
    CallerIdentity consoleIdentity() {
        return new CallerIdentity(platformAccountId, consoleArn);
    }

    /** AssumeRole from the console with the ExternalId: the role must exist and its trust policy let it in. */
    void assumeRole(String accountId, String roleName, @Nullable String trustPolicy, String externalId) {
        var operation = AwsOperation.ASSUME_ROLE;
        var resource = operation.resource(accountId, roleName);
        var action = operation.actions().getFirst();
        var request = new AuthorizationRequest(action, resource, Principal.aws(consoleArn),
                Map.of("sts:ExternalId", externalId));
        if (trustPolicy == null || !PolicyEvaluator.evaluate(trustPolicy, request).allowed()) {
            throw denied(operation, accountId, consoleArn, action, resource, "");
        }
    }

    /** A request made as the assumed role: its inline policies must allow every action the request needs. */
    void authorize(AwsOperation operation, String accountId, String roleName, String sessionName,
            Collection<String> rolePolicies, String resourceName) {
        var resource = operation.resource(accountId, resourceName);
        var caller = "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
        for (var action : operation.actions()) {
            if (!PolicyEvaluator.evaluate(List.copyOf(rolePolicies), AuthorizationRequest.of(action, resource))
                    .allowed()) {
                throw denied(operation, accountId, caller, action, resource,
                        " because no identity-based policy allows the " + action + " action");
            }
        }
    }

    /**
     * Whether the bucket policy lets Cost and Usage Reports check the bucket and write the report's files, as the
     * service asks S3 on behalf of the account's report definition.
     */
    static boolean billingReportsMayDeliver(String bucketPolicy, String accountId, ReportDefinitionSpec definition) {
        var billing = Principal.service(BILLING_REPORTS);
        var source = Map.of("aws:SourceArn", AwsOperation.PUT_REPORT_DEFINITION.resource(accountId,
                definition.reportName()), "aws:SourceAccount", accountId);
        var bucket = "arn:aws:s3:::" + definition.s3Bucket();
        var file = bucket + "/" + definition.s3Prefix() + "/" + definition.reportName() + "/report.csv.gz";
        try {
            return PolicyEvaluator.evaluate(bucketPolicy, new AuthorizationRequest("s3:GetBucketPolicy", bucket,
                    billing, source)).allowed()
                    && PolicyEvaluator.evaluate(bucketPolicy, new AuthorizationRequest("s3:PutObject", file,
                            billing, source)).allowed();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * IAM refuses a document with characters outside its pattern as ValidationError, and one it cannot evaluate
     * when it is put as MalformedPolicyDocument.
     */
    static void requireValid(AwsOperation operation, String accountId, String document) {
        var member = operation == AwsOperation.CREATE_ROLE ? "assumeRolePolicyDocument" : "policyDocument";
        if (document.length() > POLICY_MAX) {
            throw invalid(operation.qualifiedName(), accountId, "Value at '" + member + "' failed to satisfy"
                    + " constraint: Member must have length less than or equal to " + POLICY_MAX);
        }
        if (!POLICY_CHARACTERS.matcher(document).matches()) {
            throw invalid(operation.qualifiedName(), accountId, "Value at '" + member + "' failed to satisfy"
                    + " constraint: Member must satisfy regular expression pattern: " + POLICY_CHARACTERS.pattern());
        }
        try {
            PolicyEvaluator.evaluate(document, AuthorizationRequest.of("iam:GetRole", "*"));
        } catch (IllegalArgumentException e) {
            throw AwsFailures.failure(Reason.OTHER, operation.qualifiedName(), accountId, "MalformedPolicyDocument",
                    e.getMessage(), null);
        }
    }

    /** CreateUser's UserName: 1 to 64 letters, digits and {@code _+=,.@-}, refused otherwise as IAM does. */
    static void requireUserName(String accountId, String userName) {
        if (userName.isEmpty() || userName.length() > NAME_MAX) {
            throw invalid("iam:CreateUser", accountId, "Value '" + userName + "' at 'userName' failed to"
                    + " satisfy constraint: Member must have length between 1 and " + NAME_MAX);
        }
        if (!NAME.matcher(userName).matches()) {
            throw invalid("iam:CreateUser", accountId, "Value '" + userName + "' at 'userName' failed to"
                    + " satisfy constraint: Member must satisfy regular expression pattern: " + NAME.pattern());
        }
    }

    private static AwsCallException invalid(String operation, String accountId, String constraint) {
        return AwsFailures.failure(Reason.OTHER, operation, accountId, "ValidationError",
                "1 validation error detected: " + constraint, null);
    }

    /**
     * AWS's AccessDenied message; {@code because} as IAM explains a refusal by identity-based policies. S3 puts the
     * resource in quotes.
     */
    private static AwsCallException denied(AwsOperation operation, String accountId, String caller, String action,
            String resource, String because) {
        var shown = operation.service().equals("s3") ? "\"" + resource + "\"" : resource;
        return AwsFailures.failure(Reason.ACCESS_DENIED, operation.deniedName(action), accountId,
                operation.accessDeniedCode(), "User: " + caller + " is not authorized to perform: " + action
                        + " on resource: " + shown + because, null);
    }
}
