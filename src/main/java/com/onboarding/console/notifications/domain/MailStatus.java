package com.onboarding.console.notifications.domain;

/** Where a mail is on its way to the recipient. */
public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING("E-mail pending"),
    /** An instance is handing it to the SMTP server right now. */
    SENDING("E-mail being sent"),
    SENT("E-mail sent"),
    /** Every attempt failed; the audit trail has the last error. */
    FAILED("E-mail failed");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
