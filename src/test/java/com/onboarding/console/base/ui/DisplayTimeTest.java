package com.onboarding.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisplayTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-10T15:30:00Z");

    @Test
    void relativeTimeSaysHowLongAgoAsPeopleDo() {
        assertThat(DisplayTime.relative(NOW.minusSeconds(20), NOW)).isEqualTo("just now");
        assertThat(DisplayTime.relative(NOW.plusSeconds(5), NOW)).as("another clock a bit ahead").isEqualTo("just now");
        assertThat(DisplayTime.relative(NOW.minus(Duration.ofMinutes(7)), NOW)).isEqualTo("7 min ago");
        assertThat(DisplayTime.relative(NOW.minus(Duration.ofMinutes(200)), NOW)).isEqualTo("3 h ago");
        assertThat(DisplayTime.relative(NOW.minus(Duration.ofHours(30)), NOW)).isEqualTo("1 day ago");
        assertThat(DisplayTime.relative(NOW.minus(Duration.ofDays(12)), NOW)).isEqualTo("12 days ago");
        assertThat(DisplayTime.relative(NOW.minus(Duration.ofDays(40)), NOW)).isEqualTo("2026-01-29");
        assertThat(DisplayTime.relative(null, NOW)).isEmpty();
    }

    @Test
    void exactTimeIsInUtc() {
        assertThat(DisplayTime.format(NOW)).isEqualTo("2026-03-10 15:30 UTC");
    }
}
