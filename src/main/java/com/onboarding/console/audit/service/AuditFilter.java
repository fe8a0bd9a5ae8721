package com.onboarding.console.audit.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What /audit narrows the trail to; every part is optional. {@code to} is exclusive. */
public record AuditFilter(@Nullable String customer, @Nullable String actor, @Nullable String stepCode,
        @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
