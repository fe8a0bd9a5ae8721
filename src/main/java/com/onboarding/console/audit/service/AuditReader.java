package com.onboarding.console.audit.service;

/**
 * Who is reading the trail right now. The security feature answers, so the audit feature needs no knowledge of
 * users or roles to keep staff-only entries from customer users.
 */
public interface AuditReader {

    /** Whether the current reader works for the reseller; false for customer users and for nobody logged in. */
    boolean isStaff();

    /**
     * The person who did something, as this reader may see them: staff see the username the trail records;
     * customer users see people by their display name and never learn a staff login.
     */
    String nameOf(String actor);
}
