package com.onboarding.console.base.domain;

import java.util.regex.Pattern;

/** A 12-digit AWS account id. Spaces and dashes people paste are tolerated and stripped. */
public record AccountId(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    public AccountId {
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("not a 12-digit account id");
        }
    }

    /**
     * Reads what a person typed. Only ASCII digits count: other scripts' digits are refused, since AWS
     * shows and accepts account ids in ASCII only.
     */
    public static AccountId parse(FieldKey field, String input) {
        var compact = SEPARATORS.matcher(input.strip()).replaceAll("");
        if (compact.isEmpty()) {
            throw new InvalidInputException(field, field.label() + " is required: enter the 12-digit AWS account id.");
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(field,
                    field.label() + " may contain only the digits 0-9 (spaces and dashes are ignored):"
                            + " expected 12 digits"
                            + " such as 123456789012.");
        }
        if (compact.length() != 12) {
            throw new InvalidInputException(field, field.label() + " has " + compact.length()
                    + " digits: an AWS account id has exactly 12 digits, such as 123456789012.");
        }
        return new AccountId(compact);
    }

    @Override
    public String toString() {
        return value;
    }
}
