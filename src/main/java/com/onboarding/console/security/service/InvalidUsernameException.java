package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUser;
import org.springframework.security.authentication.BadCredentialsException;

/** What was typed at login cannot be a username, such as one with lookalike letters; nothing was checked. */
public final class InvalidUsernameException extends BadCredentialsException {

    InvalidUsernameException() {
        super(AppUser.USERNAME_RULE);
    }
}
