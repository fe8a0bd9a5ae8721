package com.onboarding.console.checklist.domain;

import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A value a step asks for when it is confirmed, kept on the step. Each value has one rule, AWS's where AWS names
 * one.
 */
public enum StepInput implements FieldKey {

    /** Partner Central Channel's relationship identifier (GetRelationship: {@code rs-[a-z0-9]{13}}). */
    SPP_RELATIONSHIP_ID("SPP relationship id", Pattern.compile("rs-[a-z0-9]{13}"), 16,
            "rs- followed by 13 lower-case letters or digits, as the Channel Management dashboard shows it"
                    + " (e.g. rs-0a1b2c3d4e5f6)");

    private final String label;
    private final Pattern format;
    private final int maxLength;
    private final String expected;

    StepInput(String label, Pattern format, int maxLength, String expected) {
        this.label = label;
        this.format = format;
        this.maxLength = maxLength;
        this.expected = expected;
    }

    @Override
    public String label() {
        return label;
    }

    public int maxLength() {
        return maxLength;
    }

    /** What the field's helper text says is expected. */
    public String expected() {
        return expected;
    }

    /** The value as kept: trimmed and in its format, or refused at this input's field. */
    public String check(@Nullable String typed) {
        var value = TextInput.required(this, typed, maxLength);
        if (!format.matcher(value).matches()) {
            throw new InvalidInputException(this, label + " \"" + value + "\" is not in the expected form: "
                    + expected + ".");
        }
        return value;
    }
}
