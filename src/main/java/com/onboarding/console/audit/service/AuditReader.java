package com.onboarding.console.audit.service;

/**
 * Who is reading the trail right now. The security feature answers, so the audit feature needs no knowledge of
 * users or roles to keep staff-only entries from customer users.
 */
public interface AuditReader {

    /** Whether the current reader works for the reseller; false for customer users and for nobody logged in. */
    boolean isStaff();
}
