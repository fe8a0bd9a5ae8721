package com.onboarding.console.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request or UI access. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal
                ? Optional.of(principal)
                : Optional.empty();
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No user is logged in"));
    }

    /** The username, or "system" for work that no person started (start-up, scheduled checks). */
    public String name() {
        return get().map(AppUserPrincipal::getUsername).orElse("system");
    }
}
