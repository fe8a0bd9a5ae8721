package com.onboarding.console.base.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Times as lists show them: in UTC, like the date filters and CSV exports, so every reader sees the same. */
public final class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private DisplayTime() {
    }

    public static String format(@Nullable Instant time) {
        return time == null ? "" : FORMAT.format(time);
    }

    /**
     * How long ago, as people say it ("3 h ago"), for a glance at a list; older than a month it is the day.
     * A time slightly ahead of now (another instance's clock) counts as just now.
     */
    public static String relative(@Nullable Instant time, Instant now) {
        if (time == null) {
            return "";
        }
        var ago = Duration.between(time, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 31) {
            return ago.toDays() + (ago.toDays() == 1 ? " day ago" : " days ago");
        }
        return DAY.format(time);
    }
}
