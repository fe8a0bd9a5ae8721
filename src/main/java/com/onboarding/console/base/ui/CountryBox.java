package com.onboarding.console.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A choice of country, shown by English name with its ISO 3166 code ("Netherlands (NL)") and holding the code. What
 * is typed ranks the countries: the exact name or code first, then names that start with it, then names with a word
 * that starts with it, then names or codes that contain it; so "Neth" offers the Netherlands before Caribbean
 * Netherlands.
 */
public class CountryBox extends ComboBox<String> {

    private static final List<String> CODES = Stream.of(Locale.getISOCountries())
            .sorted(Comparator.comparing(CountryBox::name)).toList();
    private static final int NO_MATCH = 4;

    public CountryBox(String label) {
        super(label);
        setItems(query -> matching(query.getFilter()).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) matching(query.getFilter()).count());
        setItemLabelGenerator(code -> name(code) + " (" + code + ")");
    }

    /** The country's English name, or the code itself when Java knows no country by it. */
    public static String name(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static Stream<String> matching(Optional<String> filter) {
        var typed = filter.map(text -> text.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (typed.isEmpty()) {
            return CODES.stream();
        }
        return CODES.stream().filter(code -> rank(code, typed) < NO_MATCH)
                .sorted(Comparator.comparingInt((String code) -> rank(code, typed)));
    }

    /**
     * 0 for the exact name or code, 1 for a name that starts with what was typed, 2 for a word of the name that does,
     * 3 for a name or code that contains it.
     */
    private static int rank(String code, String typed) {
        var name = name(code).toLowerCase(Locale.ROOT);
        var lowerCode = code.toLowerCase(Locale.ROOT);
        if (name.equals(typed) || lowerCode.equals(typed)) {
            return 0;
        }
        if (name.startsWith(typed)) {
            return 1;
        }
        if (name.contains(" " + typed) || name.contains("-" + typed)) {
            return 2;
        }
        return name.contains(typed) ? 3 : NO_MATCH;
    }
}
