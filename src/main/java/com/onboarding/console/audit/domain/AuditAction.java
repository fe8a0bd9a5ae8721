package com.onboarding.console.audit.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of change the audit trail records, each with who may read entries of its kind. */
public enum AuditAction {
    CUSTOMER_CREATED(Audience.EVERYONE),
    CUSTOMER_UPDATED(Audience.EVERYONE),
    CUSTOMER_ARCHIVED(Audience.EVERYONE),
    CUSTOMER_RESTORED(Audience.EVERYONE),
    STEP_TRANSITION(Audience.EVERYONE),
    STEP_NOTE(Audience.EVERYONE),
    /** A note staff marked internal: kept among the reseller's people, never shown to the customer's. */
    STAFF_NOTE(Audience.STAFF),
    GATE_OVERRIDE(Audience.EVERYONE),
    AWS_CALL(Audience.EVERYONE),
    /** What AWS answered to a failed call (its error code and message), under the error id the others see. */
    AWS_ERROR(Audience.STAFF),
    /** Credential pastes name access key ids and, when refused, the account the credentials belong to. */
    AWS_CREDENTIALS(Audience.STAFF),
    LOGIN_SUCCEEDED(Audience.STAFF),
    LOGIN_FAILED(Audience.STAFF),
    USER_CHANGED(Audience.STAFF),
    /** Mail entries name staff addresses and mail server errors. */
    NOTIFICATION_SENT(Audience.STAFF),
    NOTIFICATION_FAILED(Audience.STAFF),
    /** Invitation entries name the invited person's e-mail address and who invited them. */
    INVITATION_SENT(Audience.STAFF),
    INVITATION_RESENT(Audience.STAFF),
    INVITATION_REVOKED(Audience.STAFF),
    /** A person whose link had ended asked for a new invitation. */
    INVITATION_REQUESTED(Audience.STAFF),
    /** A person of the customer joined: the customer's own people may see who. */
    INVITATION_ACCEPTED(Audience.EVERYONE),
    PASSWORD_RESET_REQUESTED(Audience.STAFF),
    PASSWORD_RESET_COMPLETED(Audience.STAFF),
    /** A stalled-onboarding reminder or a CSM's digest of stalled customers was queued; names the addresses. */
    REMINDER_SENT(Audience.STAFF);

    /** Who may read an entry: everyone who sees the customer, or the reseller's staff only. */
    public enum Audience {
        EVERYONE,
        STAFF
    }

    private final Audience audience;

    AuditAction(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** The action as people read it, such as "Customer created". */
    public String label() {
        var words = name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("aws", "AWS");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The actions whose entries a reader sees. */
    public static List<AuditAction> readableBy(boolean staff) {
        return Arrays.stream(values()).filter(a -> staff || a.audience == Audience.EVERYONE).toList();
    }
}
