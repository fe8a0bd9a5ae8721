package com.onboarding.console.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logins for tests that run without the Vaadin mock: acting as a user of the database, and no longer. */
public final class SecurityFixtures {

    private SecurityFixtures() {
    }

    /** Acts as this user of the database from now on in this thread, as after a login. */
    public static void runAs(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }


}
