package com.onboarding.console.security.service;

import com.onboarding.console.base.domain.InvalidInputException;

/** A password typed twice, as every form that sets one asks for it, so that a slip of the hand is caught. */
public record RepeatedPassword(String password, String repeat) {

    /** The password, when both are the same; otherwise refused at the repeated one. */
    public String confirmed() {
        if (!password.equals(repeat)) {
            throw new InvalidInputException(UserField.REPEAT_PASSWORD,
                    "The two passwords differ: type the same one twice.");
        }
        return password;
    }
}
