package com.onboarding.console.security.service;

import com.onboarding.console.security.AppUserPrincipal;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * While staff sign in through the identity provider, the password form is for customers' people only. Checked
 * after the password, so the answer tells nothing about a username to someone who does not know its password.
 */
@Component
public class StaffPasswordLogin implements UserDetailsChecker {

    private final SingleSignOnSettings settings;

    StaffPasswordLogin(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(UserDetails user) {
        if (settings.staffOnlyThroughProvider() && user instanceof AppUserPrincipal principal && principal.isStaff()) {
            throw new ThroughProviderOnly();
        }
    }

    /** A staff member tried the password form while staff sign in through the provider. */
    public static final class ThroughProviderOnly extends AccountStatusException {
        ThroughProviderOnly() {
            super("Staff sign in through single sign-on.");
        }
    }
}
