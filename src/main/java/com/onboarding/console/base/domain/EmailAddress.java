package com.onboarding.console.base.domain;

import java.util.regex.Pattern;

/**
 * An e-mail address as people type one: something before a single @, a dotted domain after it, no spaces. Not
 * the full RFC 5322 grammar: the mail server is the judge of deliverability, this catches typing slips.
 */
public record EmailAddress(String value) {

    /** The longest address SMTP carries (RFC 5321: a 256-octet path less its angle brackets), as columns keep it. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** Reads what a person typed into the field; a refusal shows the example of what is expected. */
    public static EmailAddress parse(FieldKey field, String input, String example) {
        if (!FORM.matcher(input).matches()) {
            throw new InvalidInputException(field,
                    field.label() + " must be an e-mail address such as " + example + ".");
        }
        return new EmailAddress(input);
    }

    @Override
    public String toString() {
        return value;
    }
}
