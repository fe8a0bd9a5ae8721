package com.onboarding.console.payer.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * One question of the FAQ.
 *
 * @param id a stable name the page uses to add live content under some answers ("policy", "payer-type")
 * @param answer plain text in the format {@link FaqText} reads
 * @param keywords further text the search finds the entry by (e.g. the payer table shown under it)
 */
public record FaqEntry(String id, String question, String answer, String keywords) {

    /** Whether every word of the query occurs in the question, the answer or the keywords, ignoring case. */
    public boolean matches(String query) {
        var text = (question + "\n" + answer + "\n" + keywords).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .allMatch(text::contains);
    }
}
