package com.onboarding.console.insights.domain;

import com.onboarding.console.base.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The time the figures look at: from (inclusive) to (exclusive). */
public record ReportPeriod(Instant from, Instant to) {

    /** The longest custom range: longer ones would only blur the weekly chart. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportPeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " to " + to);
        }
    }

    /** The last days up to now, e.g. the last 30 days. */
    public static ReportPeriod lastDays(int days, Clock clock) {
        var now = clock.instant();
        return new ReportPeriod(now.minus(Duration.ofDays(days)), now);
    }

    /** The whole days from the first to the last, both included, in the reader's time zone. */
    public static ReportPeriod days(@Nullable LocalDate first, @Nullable LocalDate last, ZoneId zone) {
        if (first == null || last == null) {
            throw new InvalidInputException("Choose both the first and the last day of the period.");
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("The last day (" + last + ") is before the first day ("
                    + first + "): choose a last day on or after the first.");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidInputException("The period is longer than " + MAX_DAYS
                    + " days: choose a shorter range.");
        }
        return new ReportPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
