package com.onboarding.console.security.domain;

/** The four kinds of people who use the console. */
public enum Role {
    /** The reseller's AWS Ops team: runs phases 2 and 3. */
    OPS("AWS Ops"),
    /** Customer success manager: creates customers, watches progress. */
    CSM("Customer success manager"),
    /** A person of one customer company: works through phase 1. */
    CUSTOMER("Customer"),
    /** Manages users and configuration. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Staff see every customer; a CUSTOMER user sees only their own. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }

    /** Runs phases 2 and 3, AWS credentials and the AWS pages: AWS Ops, and administrators standing in. */
    public boolean operatesAws() {
        return this == OPS || this == ADMIN;
    }

    /** The authority name Spring Security checks with hasRole. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles' names where Java wants a constant, as in {@code @RolesAllowed} on views. */
    public static final class Names {
        public static final String OPS = "OPS";
        public static final String CSM = "CSM";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
