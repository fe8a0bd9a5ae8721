package com.onboarding.console.security.service;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password login with the lockout in front: a locked username is refused before the user
 * is looked up and before the password is checked, so even the right password fails, and known and
 * unknown usernames are answered alike.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final LoginLockout lockout;
    private final DaoAuthenticationProvider passwordCheck;

    LockoutAuthenticationProvider(LoginLockout lockout, AppUserDetailsService users, PasswordEncoder passwords,
            StaffPasswordLogin staffPasswordLogin) {
        this.lockout = lockout;
        this.passwordCheck = new DaoAuthenticationProvider(users);
        this.passwordCheck.setPasswordEncoder(passwords);
        this.passwordCheck.setPostAuthenticationChecks(staffPasswordLogin);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (lockout.lockedUntil(authentication.getName()).isPresent()) {
            throw new LockedException("This username is locked after too many failed logins.");
        }
        return passwordCheck.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
