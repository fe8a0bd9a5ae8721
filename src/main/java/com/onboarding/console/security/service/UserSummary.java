package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.Role;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user as the user administration shows them: no password. */
public record UserSummary(long id, String username, String displayName, @Nullable String email, Role role,
        @Nullable Long customerId, boolean enabled, @Nullable Instant lockedUntil) {
}
