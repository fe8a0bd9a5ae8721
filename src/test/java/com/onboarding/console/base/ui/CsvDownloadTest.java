package com.onboarding.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An exported file is named after its list, its filters and the day it was taken. */
class CsvDownloadTest {

    /** Just before midnight in New York: already the next day in UTC, the day the lists show. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T03:30:00Z"), ZoneId.of("America/New_York"));

    @Test
    void theNameSaysTheFiltersAndTheDay() {
        assertThat(CsvDownload.fileName("customers", clock, null, "phase 2", "Drift", null))
                .isEqualTo("customers-phase-2-drift-2026-12-03.csv");
    }

    @Test
    void typedFilterTextIsReducedToSafeCharactersAndKeptShort() {
        assertThat(CsvDownload.fileName("audit-trail", clock, " ../Ünïcode & \"quotes\"/ ", "  "))
                .isEqualTo("audit-trail-n-code-quotes-2026-12-03.csv");
        assertThat(CsvDownload.fileName("customers", clock, "a".repeat(80)))
                .isEqualTo("customers-" + "a".repeat(30) + "-2026-12-03.csv");
    }

    @Test
    void withoutFiltersOnlyTheDayIsAdded() {
        assertThat(CsvDownload.fileName("customers", clock)).isEqualTo("customers-2026-12-03.csv");
    }
}
