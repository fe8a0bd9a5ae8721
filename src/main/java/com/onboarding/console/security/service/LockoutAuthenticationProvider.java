package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Username and password login with the lockout in front: the attempt is counted as a failure before the user is
 * looked up and the password checked, so a locked username fails even with the right password, a burst of
 * attempts cannot get past the limit, and known and unknown usernames are answered alike.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LockoutAuthenticationProvider.class);

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
        var username = AppUser.normalise(authentication.getName()).orElseThrow(InvalidUsernameException::new);
        var address = LoginLockout.address(authentication.getDetails());
        LoginLockout.Attempt attempt;
        try {
            attempt = lockout.begin(username, address).orElse(null);
        } catch (DataAccessException | TransactionException e) {
            // Not counted means not checked: otherwise a database that refuses the count would allow endless guesses.
            LOG.error("Login of {} from {} refused unchecked: it could not be counted for the lockout",
                    LoginAudit.actor(authentication.getName()), address, e);
            throw new AuthenticationServiceException("The login could not be counted for the lockout.", e);
        }
        if (attempt == null) {
            throw new LockedException("This username is locked after too many failed logins.");
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException e) {
            settleFailure(attempt);
            throw e;
        }
        lockout.succeeded(attempt);
        return result;
    }

    private void settleFailure(LoginLockout.Attempt attempt) {
        try {
            lockout.failed(attempt);
        } catch (DataAccessException | TransactionException e) {
            // The failure is counted already; only a lock it may have caused is missing until the next failure.
            LOG.error("A failed login of {} from {} could not lock what reached its limit", attempt.username(),
                    attempt.address(), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
