package com.onboarding.console.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ReminderSettingsTest {

    @EnableConfigurationProperties(ReminderSettings.class)
    static class Bound {
    }

    /** With the console's own application properties, as a start reads them. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(Bound.class);

    @Test
    void withoutVariablesRemindersGoOutDailyAndTheDemoProfileSwitchesThemOff() {
        runner.run(context -> assertThat(context.getBean(ReminderSettings.class))
                .isEqualTo(new ReminderSettings(true, Duration.ofDays(5), "0 0 8 * * *")));
        runner.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(
                context.getBean(ReminderSettings.class).enabled()).isFalse());
    }

    @Test
    void consoleRemindersEnabledSwitchesThemOnInTheDemoProfile() {
        runner.withPropertyValues("spring.profiles.active=demo")
                .withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CONSOLE_REMINDERS_ENABLED", "true"))))
                .run(context -> assertThat(context.getBean(ReminderSettings.class).enabled()).isTrue());
    }
}
