package com.onboarding.console.base.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules for free text people type: trimmed, within the column's length, nothing invisible. A single line
 * (names, ids, addresses, e-mail) has no line break or tab; a multi-line text (notes, reasons) keeps them. Neither
 * takes control characters or Unicode format characters (text-direction overrides, zero-width characters), which
 * make a text read differently from what it is; a multi-line text keeps the zero-width joiner that emoji use.
 */
public final class TextInput {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private TextInput() {
    }

    /** A single line that must be there. */
    public static String required(FieldKey field, @Nullable String input, int maxLength) {
        return present(field, optional(field, input, maxLength));
    }

    /** A single line, or null when nothing but blanks was typed. */
    public static @Nullable String optional(FieldKey field, @Nullable String input, int maxLength) {
        return checked(field, input, maxLength, false);
    }

    /** A text of one or more lines that must be there. */
    public static String requiredLines(FieldKey field, @Nullable String input, int maxLength) {
        return present(field, optionalLines(field, input, maxLength));
    }

    /** A text of one or more lines, or null when nothing but blanks was typed. */
    public static @Nullable String optionalLines(FieldKey field, @Nullable String input, int maxLength) {
        return checked(field, input, maxLength, true);
    }

    /** What the console says of a text {@code length} characters long where at most {@code maxLength} fit. */
    public static String tooLong(FieldKey field, int length, int maxLength) {
        return field.label() + " is " + length + " characters long: at most " + maxLength + " are allowed.";
    }

    /** How long a text counts against its limit: without the blanks around it, which are not kept. */
    public static int length(String input) {
        return input.strip().length();
    }

    private static String present(FieldKey field, @Nullable String text) {
        if (text == null) {
            throw new InvalidInputException(field, field.label() + " is required.");
        }
        return text;
    }

    private static @Nullable String checked(FieldKey field, @Nullable String input, int maxLength, boolean lines) {
        if (input == null) {
            return null;
        }
        var text = input.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, tooLong(field, text.length(), maxLength));
        }
        text.codePoints().forEach(c -> refuseInvisible(field, c, lines));
        return text;
    }

    private static void refuseInvisible(FieldKey field, int c, boolean lines) {
        boolean lineBreak = c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
        if (!lines && (lineBreak || c == '\t')) {
            throw new InvalidInputException(field,
                    field.label() + " must be a single line: remove the line break or tab.");
        }
        if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
            throw new InvalidInputException(field,
                    field.label() + " contains an invisible control character: use letters, digits and"
                            + " punctuation only.");
        }
        if ((Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029)
                && !(lines && c == ZERO_WIDTH_JOINER)) {
            throw new InvalidInputException(field, field.label() + " contains an invisible formatting character (U+"
                    + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ", such as a zero-width space or a "
                    + "text-direction mark): remove it, it can make the text read differently from what it is.");
        }
    }
}
