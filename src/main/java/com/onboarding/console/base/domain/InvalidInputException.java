package com.onboarding.console.base.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Input a person typed that the console refuses; the message says what is wrong and what is expected. */
public class InvalidInputException extends RuntimeException {

    private final @Nullable FieldKey field;

    /** Refuses one input: the form shows the message at that input's field. */
    public InvalidInputException(FieldKey field, String message) {
        super(message);
        this.field = field;
    }

    /** Refuses the request as a whole (a record that is gone, a rule across fields): shown as a notification. */
    public InvalidInputException(String message) {
        super(message);
        this.field = null;
    }

    /** Which input was wrong; empty when the refusal is about no single input. */
    public Optional<FieldKey> field() {
        return Optional.ofNullable(field);
    }
}
