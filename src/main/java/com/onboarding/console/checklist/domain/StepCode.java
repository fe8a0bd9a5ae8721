package com.onboarding.console.checklist.domain;

import java.util.regex.Pattern;

/**
 * A step's place in the checklist: its phase and its number within the phase, written "2.3". Codes are
 * compared and stored as this type; the text form is for people, URLs and the database column.
 */
public record StepCode(int phase, int number) implements Comparable<StepCode> {

    private static final Pattern TEXT = Pattern.compile("([1-9])\\.([1-9])");

    public StepCode {
        if (phase < 1 || phase > 9 || number < 1 || number > 9) {
            throw new IllegalArgumentException("A step code is phase.number with both from 1 to 9, not "
                    + phase + "." + number);
        }
    }

    public static StepCode of(int phase, int number) {
        return new StepCode(phase, number);
    }

    /** Reads "2.3"; anything else is refused. */
    public static StepCode parse(String text) {
        var matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a step code: \"" + text + "\" (expected e.g. 2.3)");
        }
        return new StepCode(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(StepCode other) {
        return phase != other.phase ? Integer.compare(phase, other.phase) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return phase + "." + number;
    }
}
