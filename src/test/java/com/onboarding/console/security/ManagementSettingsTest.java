package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class ManagementSettingsTest {

    @EnableConfigurationProperties(ManagementSettings.class)
    static class Bound {
    }

    /** With the console's own application properties in the production profile, as a start reads them. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(Bound.class)
            .withPropertyValues("spring.profiles.active=prod");

    @Test
    void withoutVariablesOnlyHealthIsPublicAndTheScraperIsCalledPrometheusButMayNotSignIn() {
        runner.run(context -> {
            var settings = context.getBean(ManagementSettings.class);
            assertThat(settings.publicEndpoints()).containsExactly("health");
            assertThat(settings.scrapeUsername()).isEqualTo("prometheus");
            assertThat(settings.scraperMaySignIn()).isFalse();
        });
    }

    @Test
    void consoleScrapeUsernameNamesTheScraper() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("CONSOLE_SCRAPE_USERNAME", "metrics"))))
                .run(context -> assertThat(context.getBean(ManagementSettings.class).scrapeUsername())
                        .isEqualTo("metrics"));
    }
}
