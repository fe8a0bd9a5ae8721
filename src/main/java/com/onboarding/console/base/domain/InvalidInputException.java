package com.onboarding.console.base.domain;

/** Input a person typed that the console refuses; the message says what is wrong and what is expected. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Which input was wrong, as the form labels it. */
    public String field() {
        return field;
    }
}
