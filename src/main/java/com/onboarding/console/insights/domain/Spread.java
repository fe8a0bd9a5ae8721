package com.onboarding.console.insights.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How long something took across customers: how many were measured, the median and the 90th percentile. */
public record Spread(long count, @Nullable Duration median, @Nullable Duration p90) {

    public static final Spread NONE = new Spread(0, null, null);

    /** From seconds as the database computes them; nothing measured gives no median. */
    public static Spread ofSeconds(long count, @Nullable Double median, @Nullable Double p90) {
        return count == 0 || median == null || p90 == null ? new Spread(count, null, null)
                : new Spread(count, seconds(median), seconds(p90));
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(Math.max(0, value) * 1000));
    }

    /** The median in days, for tables and charts; 0 when nothing was measured. */
    public double medianDays() {
        return days(median);
    }

    public double p90Days() {
        return days(p90);
    }

    private static double days(@Nullable Duration d) {
        return d == null ? 0 : d.toMillis() / 86_400_000.0;
    }
}
