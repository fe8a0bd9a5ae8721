package com.onboarding.console.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SingleSignOnSettingsTest {

    @EnableConfigurationProperties(SingleSignOnSettings.class)
    static class Bound {
    }

    /** With the console's own application properties, as a start reads them. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer()).withUserConfiguration(Bound.class);

    @Test
    void withoutVariablesSingleSignOnIsOffWithTheDefaultsAndProductionClosesThePasswordFormToStaff() {
        runner.run(context -> {
            var settings = context.getBean(SingleSignOnSettings.class);
            assertThat(settings.enabled()).isFalse();
            assertThat(settings.providerName()).isEqualTo("your company account");
            assertThat(settings.roleClaim()).isEqualTo("groups");
            assertThat(settings.staffPasswordLogin()).isTrue();
        });
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> assertThat(
                context.getBean(SingleSignOnSettings.class).staffPasswordLogin()).isFalse());
    }

    @Test
    void theConsoleSsoVariablesSetIt() {
        var variables = Map.<String, Object>of("CONSOLE_SSO_ENABLED", "true", "CONSOLE_SSO_PROVIDER_NAME",
                "Microsoft Entra ID", "CONSOLE_SSO_ROLE_CLAIM", "roles", "CONSOLE_SSO_OPS_GROUPS", "console.ops",
                "CONSOLE_SSO_STAFF_PASSWORD_LOGIN", "false");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .run(context -> {
                    var settings = context.getBean(SingleSignOnSettings.class);
                    assertThat(settings.enabled()).isTrue();
                    assertThat(settings.providerName()).isEqualTo("Microsoft Entra ID");
                    assertThat(settings.roleClaim()).isEqualTo("roles");
                    assertThat(settings.staffPasswordLogin()).isFalse();
                });
    }
}
