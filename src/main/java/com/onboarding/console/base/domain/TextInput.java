package com.onboarding.console.base.domain;

import org.jspecify.annotations.Nullable;

/** The rules for free text people type: trimmed, within the column's length, no control characters. */
public final class TextInput {

    private TextInput() {
    }

    public static String required(String field, @Nullable String input, int maxLength) {
        var text = optional(field, input, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, field + " is required.");
        }
        return text;
    }

    /** Returns the trimmed text, or null when nothing but blanks was typed. */
    public static @Nullable String optional(String field, @Nullable String input, int maxLength) {
        if (input == null) {
            return null;
        }
        var text = input.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field,
                    field + " is " + text.length() + " characters long: at most " + maxLength + " are allowed.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Line breaks and tabs are fine in multi-line notes; other control characters are never typed.
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidInputException(field,
                        field + " contains an invisible control character: use letters, digits and punctuation only.");
            }
        }
        return text;
    }
}
