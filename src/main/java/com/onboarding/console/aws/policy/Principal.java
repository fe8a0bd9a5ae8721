package com.onboarding.console.aws.policy;

import java.util.Locale;

/**
 * Who makes a request, as a resource-based policy's Principal element names it: an AWS identity by its ARN, or an
 * AWS service by its service principal, e.g. billingreports.amazonaws.com.
 */
public record Principal(Kind kind, String id) {

    /** The Principal element's key the principal is listed under. */
    public enum Kind {
        AWS,
        SERVICE
    }

    public static Principal aws(String arn) {
        return new Principal(Kind.AWS, arn);
    }

    public static Principal service(String servicePrincipal) {
        return new Principal(Kind.SERVICE, servicePrincipal);
    }

    /** Whether a value of the Principal element names this principal, with IAM's rules for accounts and roles. */
    boolean matches(String kindKey, String value) {
        if (!kind.name().equalsIgnoreCase(kindKey)) {
            return false;
        }
        if (value.equals("*")) {
            return true;
        }
        if (kind == Kind.SERVICE) {
            return value.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT));
        }
        var account = account();
        if (value.equals(account) || value.equals("arn:aws:iam::" + account + ":root")) {
            return true;
        }
        // A role as principal stands for its sessions too.
        var role = "arn:aws:iam::" + account + ":role/";
        var session = "arn:aws:sts::" + account + ":assumed-role/";
        if (value.startsWith(role) && id.startsWith(session)) {
            var roleName = value.substring(role.length());
            return id.startsWith(session + roleName + "/");
        }
        return value.equals(id);
    }

    /** The account of an AWS identity's ARN, e.g. 123456789012 of arn:aws:sts::123456789012:assumed-role/r/s. */
    String account() {
        var parts = id.split(":", 6);
        return parts.length == 6 ? parts[4] : "";
    }
}
