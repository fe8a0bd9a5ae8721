package com.onboarding.console.aws;

import java.util.List;

/**
 * Every AWS request the console makes, with what IAM authorizes it by: the action(s) the Service Authorization
 * Reference names for it and the resource it touches ({@code "*"} where the action has no resource-level
 * permission). The platform role's policy is tested against this table, the sandbox authorizes by it and both
 * implementations name their calls after it.
 *
 * @param service the SDK's service name, as in metrics and endpoint keys
 * @param operationName the API operation
 * @param caller whose identity makes the request when no credentials are pasted
 * @param resourceTemplate the resource's ARN; {account} is the customer's account id, {name} the named resource
 */
public enum AwsOperation {

    DESCRIBE_ORGANIZATION("organizations", "DescribeOrganization", Caller.PLATFORM_ROLE, "*",
            "organizations:DescribeOrganization"),
    GET_ACCOUNT_SUMMARY("iam", "GetAccountSummary", Caller.PLATFORM_ROLE, "*", "iam:GetAccountSummary"),
    LIST_ENTITIES_FOR_POLICY("iam", "ListEntitiesForPolicy", Caller.PLATFORM_ROLE, "arn:aws:iam::aws:policy/{name}",
            "iam:ListEntitiesForPolicy"),
    GET_GROUP("iam", "GetGroup", Caller.PLATFORM_ROLE, "arn:aws:iam::{account}:group/{name}", "iam:GetGroup"),
    CREATE_ROLE("iam", "CreateRole", Caller.PASTED_CREDENTIALS, "arn:aws:iam::{account}:role/{name}",
            "iam:CreateRole"),
    GET_ROLE("iam", "GetRole", Caller.PLATFORM_ROLE, "arn:aws:iam::{account}:role/{name}", "iam:GetRole"),
    PUT_ROLE_POLICY("iam", "PutRolePolicy", Caller.PASTED_CREDENTIALS, "arn:aws:iam::{account}:role/{name}",
            "iam:PutRolePolicy"),
    GET_ROLE_POLICY("iam", "GetRolePolicy", Caller.PLATFORM_ROLE, "arn:aws:iam::{account}:role/{name}",
            "iam:GetRolePolicy"),
    ASSUME_ROLE("sts", "AssumeRole", Caller.CONSOLE_IDENTITY, "arn:aws:iam::{account}:role/{name}", "sts:AssumeRole"),
    /** Needs no permission: AWS answers it for any valid credentials. */
    GET_CALLER_IDENTITY("sts", "GetCallerIdentity", Caller.PASTED_CREDENTIALS, "*"),
    CREATE_BUCKET("s3", "CreateBucket", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}", "s3:CreateBucket"),
    /** HeadBucket is authorized as s3:ListBucket. */
    HEAD_BUCKET("s3", "HeadBucket", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}", "s3:ListBucket"),
    PUT_PUBLIC_ACCESS_BLOCK("s3", "PutPublicAccessBlock", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}",
            "s3:PutBucketPublicAccessBlock"),
    GET_PUBLIC_ACCESS_BLOCK("s3", "GetPublicAccessBlock", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}",
            "s3:GetBucketPublicAccessBlock"),
    PUT_BUCKET_ENCRYPTION("s3", "PutBucketEncryption", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}",
            "s3:PutEncryptionConfiguration"),
    GET_BUCKET_ENCRYPTION("s3", "GetBucketEncryption", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}",
            "s3:GetEncryptionConfiguration"),
    PUT_BUCKET_POLICY("s3", "PutBucketPolicy", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}", "s3:PutBucketPolicy"),
    GET_BUCKET_POLICY("s3", "GetBucketPolicy", Caller.PLATFORM_ROLE, "arn:aws:s3:::{name}", "s3:GetBucketPolicy"),
    PUT_REPORT_DEFINITION("cur", "PutReportDefinition", Caller.PLATFORM_ROLE,
            "arn:aws:cur:" + AwsSettings.CUR_REGION + ":{account}:definition/{name}", "cur:PutReportDefinition"),
    DESCRIBE_REPORT_DEFINITIONS("cur", "DescribeReportDefinitions", Caller.PLATFORM_ROLE, "*",
            "cur:DescribeReportDefinitions"),
    PUT_TAX_REGISTRATION("taxsettings", "PutTaxRegistration", Caller.PLATFORM_ROLE, "*", "tax:PutTaxRegistration"),
    GET_TAX_REGISTRATION("taxsettings", "GetTaxRegistration", Caller.PLATFORM_ROLE, "*", "tax:GetTaxRegistration");

    /** Whose credentials make a request when the operator pasted none. */
    public enum Caller {
        /** The platform role, assumed with the customer's ExternalId: its policy must allow the request. */
        PLATFORM_ROLE,
        /** Only pasted credentials of the customer's administrator: the platform role does not exist yet. */
        PASTED_CREDENTIALS,
        /** The console's own identity in the platform account. */
        CONSOLE_IDENTITY
    }

    private final String service;
    private final String operationName;
    private final Caller caller;
    private final String resourceTemplate;
    private final String accessDeniedCode;
    private final List<String> actions;

    AwsOperation(String service, String operationName, Caller caller, String resourceTemplate,
            String... actions) {
        this.service = service;
        this.operationName = operationName;
        this.caller = caller;
        this.resourceTemplate = resourceTemplate;
        this.accessDeniedCode = switch (service) {
            // The query-protocol services and S3 answer a refusal so, the JSON-protocol ones otherwise.
            case "iam", "sts", "s3" -> "AccessDenied";
            default -> "AccessDeniedException";
        };
        this.actions = List.of(actions);
    }

    public String service() {
        return service;
    }

    public String operationName() {
        return operationName;
    }

    public Caller caller() {
        return caller;
    }

    public String resourceTemplate() {
        return resourceTemplate;
    }

    /** The error code the service answers a refusal with. */
    public String accessDeniedCode() {
        return accessDeniedCode;
    }

    /** The IAM actions the request needs, all of them; none for GetCallerIdentity. */
    public List<String> actions() {
        return actions;
    }

    /** Service and operation, e.g. "iam:GetRole", as failures name the call. */
    public String qualifiedName() {
        return service + ":" + operationName;
    }

    /** How a refusal of the request names it, with the actions it needs. */
    public String deniedName() {
        return actions.isEmpty() ? qualifiedName() : deniedName(String.join(", ", actions));
    }

    /** How a refusal names the request: the operation and the IAM action refused, where IAM names it otherwise. */
    public String deniedName(String action) {
        var qualified = qualifiedName();
        return qualified.equalsIgnoreCase(action) ? qualified : qualified + " (IAM action " + action + ")";
    }

    /** The resource's ARN in the account; {@code name} is the role, group, bucket, report or policy name. */
    public String resource(String accountId, String name) {
        return resourceTemplate.replace("{account}", accountId).replace("{name}", name);
    }

    /** Whether the resource names something, i.e. the caller must say which one. */
    public boolean namesResource() {
        return resourceTemplate.contains("{name}");
    }
}
