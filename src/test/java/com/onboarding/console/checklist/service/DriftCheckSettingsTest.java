package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DriftCheckSettingsTest {

    @Test
    void aMalformedCronIsRefusedNamingTheSettingAndTheExpectedForm() {
        assertThatThrownBy(() -> new DriftCheckSettings(true, "0 2 * * *"))
                .hasMessage("console.drift-check.cron is \"0 2 * * *\": use six fields, second minute hour day"
                        + " month weekday, such as \"0 0 2 * * *\" for nightly at 02:00.");
        assertThat(new DriftCheckSettings(true, "0 30 1 * * MON").cron()).isEqualTo("0 30 1 * * MON");
    }
}
