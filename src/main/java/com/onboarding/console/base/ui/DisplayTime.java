package com.onboarding.console.base.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Times as lists show them: in UTC, like the date filters and CSV exports, so every reader sees the same. */
public final class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private DisplayTime() {
    }

    public static String format(@Nullable Instant time) {
        return time == null ? "" : FORMAT.format(time);
    }
}
