package com.onboarding.console.audit.domain;

import java.util.Arrays;
import java.util.List;

/** The kinds of change the audit trail records, each with who may read entries of its kind. */
public enum AuditAction {
    CUSTOMER_CREATED(Audience.EVERYONE),
    CUSTOMER_UPDATED(Audience.EVERYONE),
    CUSTOMER_ARCHIVED(Audience.EVERYONE),
    CUSTOMER_RESTORED(Audience.EVERYONE),
    STEP_TRANSITION(Audience.EVERYONE),
    STEP_VERIFICATION(Audience.EVERYONE),
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
    NOTIFICATION_FAILED(Audience.STAFF);

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

    /** The actions whose entries a reader sees, as stored in the trail. */
    public static List<String> readableBy(boolean staff) {
        return Arrays.stream(values()).filter(a -> staff || a.audience == Audience.EVERYONE).map(Enum::name)
                .toList();
    }
}
