package com.onboarding.console.checklist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DriftCheckSettingsTest {

    @EnableConfigurationProperties(DriftCheckSettings.class)
    static class Bound {
    }

    /** With the console's own application properties, as a start reads them. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(Bound.class);

    @Test
    void aMalformedCronIsRefusedNamingTheSettingAndTheExpectedForm() {
        assertThatThrownBy(() -> new DriftCheckSettings(true, "0 2 * * *"))
                .hasMessage("console.drift-check.cron is \"0 2 * * *\": use six fields, second minute hour day"
                        + " month weekday, such as \"0 0 2 * * *\" for nightly at 02:00.");
        assertThat(new DriftCheckSettings(true, "0 30 1 * * MON").cron()).isEqualTo("0 30 1 * * MON");
    }

    @Test
    void withoutVariablesTheCheckRunsNightlyAndTheDemoProfileSwitchesItOff() {
        runner.run(context -> assertThat(context.getBean(DriftCheckSettings.class))
                .isEqualTo(new DriftCheckSettings(true, "0 0 2 * * *")));
        runner.withPropertyValues("spring.profiles.active=demo").run(context -> assertThat(
                context.getBean(DriftCheckSettings.class).enabled()).isFalse());
    }

    @Test
    void theEnvironmentVariablesSetItInEveryProfile() {
        var variables = Map.<String, Object>of("CONSOLE_DRIFT_CHECK_ENABLED", "true", "CONSOLE_DRIFT_CHECK_CRON",
                "0 30 3 * * *");
        runner.withPropertyValues("spring.profiles.active=demo")
                .withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .run(context -> assertThat(context.getBean(DriftCheckSettings.class))
                        .isEqualTo(new DriftCheckSettings(true, "0 30 3 * * *")));
    }
}
