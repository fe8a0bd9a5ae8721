package com.onboarding.console.aws;

/**
 * An IAM role as the console creates it in a customer's account.
 *
 * @param label how people call the role, e.g. "platform role"
 * @param trustPolicy the AssumeRolePolicyDocument
 * @param policyName the name of its inline policy
 * @param permissionsPolicy the inline policy document
 */
public record RoleSpec(String label, String roleName, String trustPolicy, String policyName,
        String permissionsPolicy) {
}
