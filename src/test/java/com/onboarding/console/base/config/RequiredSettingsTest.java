package com.onboarding.console.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.Application;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The prod profile without its settings: all missing ones named together, each with its purpose, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

    @Test
    void everyMissingSettingIsNamedOnOneLineWithWhatItIsFor(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("prod")
                .run("--spring.datasource.url=jdbc:postgresql://localhost:1/none", "--spring.mail.host= ",
                        "--server.port=0"))
                .isInstanceOf(MissingSettingsException.class);

        var line = output.getAll().lines().filter(l -> l.contains("cannot start")).toList();
        assertThat(line).singleElement().isEqualTo("The console cannot start with the prod profile: missing"
                + " SPRING_DATASOURCE_USERNAME (the database user), SPRING_DATASOURCE_PASSWORD (the database user's"
                + " password), SPRING_MAIL_HOST (the SMTP server for notifications), CONSOLE_MAIL_FROM (the sender"
                + " address of the console's mail), CONSOLE_AWS_PLATFORM_ACCOUNT_ID (the Platform's AWS account, which"
                + " every platform role trusts; not the example 123456789012), CONSOLE_AWS_BILLING_ACCOUNT_ID (the"
                + " reseller's billing account, which every billing role trusts; not the example 210987654321).");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "Set each of them as an environment")
                .doesNotContain("PlaceholderResolutionException").doesNotContainPattern("\\n\\s+at [a-z]");
    }

    @Test
    void settingsGivenAnyWayPassAndOtherProfilesNeedNone() {
        var given = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/console",
                "spring.datasource.username", "console", "spring.datasource.password", "",
                "spring.mail.host", "smtp.internal", "console.mail.from", "console@reseller.example",
                "console.aws.platform-account-id", "111122223333", "console.aws.billing-account-id", "444455556666"));
        given.setActiveProfiles("prod");
        assertThatNoException().isThrownBy(() -> new RequiredSettings().postProcessEnvironment(given,
                new SpringApplication()));

        var none = environment(Map.of("spring.mail.host", "${SPRING_MAIL_HOST}"));
        assertThatNoException().isThrownBy(() -> new RequiredSettings().postProcessEnvironment(none,
                new SpringApplication()));
        none.setActiveProfiles("prod");
        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(none, new SpringApplication()))
                .isInstanceOfSatisfying(MissingSettingsException.class, e -> assertThat(e.missing())
                        .extracting(RequiredSettings.Setting::variable).containsExactly("SPRING_DATASOURCE_URL",
                                "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST",
                                "CONSOLE_MAIL_FROM", "CONSOLE_AWS_PLATFORM_ACCOUNT_ID", "CONSOLE_AWS_BILLING_ACCOUNT_ID"));
    }

    @Test
    void theShippedExampleAccountsAreRefusedInProduction() {
        var examples = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/console",
                "spring.datasource.username", "console", "spring.datasource.password", "",
                "spring.mail.host", "smtp.internal", "console.mail.from", "console@reseller.example",
                "console.aws.platform-account-id", "123456789012", "console.aws.billing-account-id", " 210987654321"));
        examples.setActiveProfiles("prod");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(examples, new SpringApplication()))
                .isInstanceOfSatisfying(MissingSettingsException.class, e -> assertThat(e.missing())
                        .extracting(RequiredSettings.Setting::variable)
                        .containsExactly("CONSOLE_AWS_PLATFORM_ACCOUNT_ID", "CONSOLE_AWS_BILLING_ACCOUNT_ID"));
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
