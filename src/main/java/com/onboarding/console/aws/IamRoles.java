package com.onboarding.console.aws;

import java.util.Optional;

/** IAM's calls on a customer's roles, and STS AssumeRole into them: what steps 2.3 and 2.4 are made of. */
public interface IamRoles {

    /** iam CreateRole; false when a role of that name exists already (EntityAlreadyExists). */
    boolean createRole(AwsTarget target, String roleName, String trustPolicy);

    /** iam GetRole: the role's trust policy, URL-decoded; empty when there is no such role. */
    Optional<String> roleTrustPolicy(AwsTarget target, String roleName);

    /** iam PutRolePolicy. */
    void putRolePolicy(AwsTarget target, String roleName, String policyName, String policy);

    /** iam GetRolePolicy: the inline policy, URL-decoded; empty when the role has none of that name. */
    Optional<String> rolePolicy(AwsTarget target, String roleName, String policyName);

    /** sts AssumeRole into the role with the target's ExternalId, from the console's own identity. */
    void assumeRole(AwsTarget target, String roleName);
}
