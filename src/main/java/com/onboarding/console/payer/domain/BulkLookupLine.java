package com.onboarding.console.payer.domain;

import org.jspecify.annotations.Nullable;

/**
 * One account id of a pasted list and what the lookup made of it: an answer, or the reason the input was
 * refused.
 *
 * @param line the line of the pasted text it was on (several ids may share a line)
 * @param input the id as pasted, without surrounding blanks
 */
public record BulkLookupLine(int line, String input, @Nullable PayerAnswer answer, @Nullable String error) {

    public BulkLookupLine {
        if ((answer == null) == (error == null)) {
            throw new IllegalArgumentException("a line has either an answer or an error");
        }
    }

    public static BulkLookupLine answered(int line, String input, PayerAnswer answer) {
        return new BulkLookupLine(line, input, answer, null);
    }

    public static BulkLookupLine refused(int line, String input, String error) {
        return new BulkLookupLine(line, input, null, error);
    }

    /** The normalized 12-digit id, empty when the input was refused. */
    public String accountId() {
        return answer == null ? "" : answer.accountId();
    }

    public String result() {
        return answer == null ? "invalid input" : answer.summary();
    }

    public String explanation() {
        return answer == null ? String.valueOf(error) : answer.explanation();
    }
}
