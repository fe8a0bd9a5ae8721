package com.onboarding.console.base.domain;

import java.util.Locale;
import java.util.Set;

/** A two-letter ISO 3166 country code, as billing countries and tax addresses use them. */
public final class CountryCode {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private CountryCode() {
    }

    /** Reads what a person typed; returns the code in upper case, or refuses it with what is expected. */
    public static String parse(FieldKey field, String input) {
        var code = TextInput.required(field, input, 2).toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new InvalidInputException(field,
                    field.label() + " must be a two-letter ISO 3166 country code such as DE or US.");
        }
        return code;
    }
}
