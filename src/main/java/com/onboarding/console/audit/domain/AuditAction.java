package com.onboarding.console.audit.domain;

/** The kinds of change the audit trail records. */
public enum AuditAction {
    CUSTOMER_CREATED,
    CUSTOMER_UPDATED,
    CUSTOMER_ARCHIVED,
    CUSTOMER_RESTORED,
    STEP_TRANSITION,
    STEP_VERIFICATION,
    STEP_NOTE,
    GATE_OVERRIDE,
    AWS_CALL,
    AWS_CREDENTIALS,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    USER_CHANGED,
    NOTIFICATION_SENT,
    NOTIFICATION_FAILED
}
