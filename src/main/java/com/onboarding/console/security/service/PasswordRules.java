package com.onboarding.console.security.service;

import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The rules for a password a person sets. */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    static String check(FieldKey field, @Nullable String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, field.label() + " is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(field, field.label() + " must be at least " + MIN_LENGTH
                    + " characters long; this one has " + length + ".");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(field, field.label() + " may be at most " + MAX_BYTES
                    + " bytes long (about 72 letters a-z, fewer with accented letters or symbols).");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field,
                    field.label() + " contains an invisible control character: use letters, digits, spaces and"
                            + " punctuation.");
        }
        if (password.strip().equalsIgnoreCase(username.strip())) {
            throw new InvalidInputException(field, field.label() + " must not be the same as the username.");
        }
        return password;
    }
}
