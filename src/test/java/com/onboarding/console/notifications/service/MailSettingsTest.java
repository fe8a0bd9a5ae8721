package com.onboarding.console.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void eachWaitIsTwiceTheOneBeforeUpToSixHoursAndAttemptsRunOut() {
        var settings = new MailSettings(true, "from@example.com", "http://x", 12, Duration.ofMinutes(1),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
        assertThat(settings.waitAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(settings.waitAfter(2)).contains(Duration.ofMinutes(2));
        assertThat(settings.waitAfter(3)).contains(Duration.ofMinutes(4));
        assertThat(settings.waitAfter(9)).contains(Duration.ofMinutes(256));
        assertThat(settings.waitAfter(10)).contains(Duration.ofHours(6));
        assertThat(settings.waitAfter(11)).contains(Duration.ofHours(6));
        assertThat(settings.waitAfter(12)).isEmpty();
    }
}
