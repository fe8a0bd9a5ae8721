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

    /** The authority name Spring Security checks with hasRole. */
    public String authority() {
        return "ROLE_" + name();
    }
}
