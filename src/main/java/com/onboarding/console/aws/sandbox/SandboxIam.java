package com.onboarding.console.aws.sandbox;

import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.AwsFailures;
import com.onboarding.console.aws.AwsOperation;
import com.onboarding.console.aws.CallerIdentity;
import com.onboarding.console.aws.ReportDefinitionSpec;
import com.onboarding.console.aws.policy.AuthorizationRequest;
import com.onboarding.console.aws.policy.PolicyEvaluator;
import com.onboarding.console.aws.policy.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * IAM's authorization in the sandbox: AssumeRole by the role's trust policy, the assumed role's requests by its
 * inline policies, both evaluated as IAM evaluates them, and refused in AWS's words.
 */
final class SandboxIam {

    /** The service principal Cost and Usage Reports deliver as. */
    private static final String BILLING_REPORTS = "billingreports.amazonaws.com";

    /** The console's own identity in the platform account, as AssumeRole's caller. */
    private final String consoleArn;
    private final String platformAccountId;

    SandboxIam(String platformAccountId) {
        this.platformAccountId = platformAccountId;
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

    /** IAM refuses a document it cannot evaluate when it is put, as MalformedPolicyDocument. */
    static void requireValid(AwsOperation operation, String accountId, String document) {
        try {
            PolicyEvaluator.evaluate(document, AuthorizationRequest.of("iam:GetRole", "*"));
        } catch (IllegalArgumentException e) {
            throw AwsFailures.failure(Reason.OTHER, operation.qualifiedName(), accountId, "MalformedPolicyDocument",
                    e.getMessage(), null);
        }
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
