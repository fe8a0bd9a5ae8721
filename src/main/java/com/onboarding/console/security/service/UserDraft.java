package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.Role;
import org.jspecify.annotations.Nullable;

/** A new user as typed into the form, not yet checked. Only CUSTOMER users have a customer. */
public record UserDraft(@Nullable String username, @Nullable String displayName, @Nullable String email,
        @Nullable Role role, @Nullable Long customerId) {
}
