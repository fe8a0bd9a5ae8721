package com.onboarding.console.base.config;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The prod profile has no defaults for its database, mail and AWS accounts: before anything starts, every such
 * setting is checked, and all that are missing (or still the shipped example value) are reported together, each with its environment variable and what it is for
 * ({@link MissingSettingsFailureAnalyzer} prints them). A setting given another way, such as a command-line
 * argument, counts as given.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

    /**
     * A setting the prod profile needs, the environment variable that usually gives it, and what it is for.
     *
     * @param example the value the other profiles ship with, which production must not keep; none if empty
     */
    public record Setting(String property, String variable, String purpose, boolean mayBeEmpty, String example) {

        Setting(String property, String variable, String purpose, boolean mayBeEmpty) {
            this(property, variable, purpose, mayBeEmpty, "");
        }
    }

    static final List<Setting> PROD = List.of(
            new Setting("spring.datasource.url", "SPRING_DATASOURCE_URL",
                    "the PostgreSQL database, e.g. jdbc:postgresql://db.internal:5432/console", false),
            new Setting("spring.datasource.username", "SPRING_DATASOURCE_USERNAME", "the database user", false),
            new Setting("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", "the database user's password",
                    true),
            new Setting("spring.mail.host", "SPRING_MAIL_HOST", "the SMTP server for notifications", false),
            new Setting("console.mail.from", "CONSOLE_MAIL_FROM", "the sender address of the console's mail", false),
            new Setting("console.aws.platform-account-id", "CONSOLE_AWS_PLATFORM_ACCOUNT_ID",
                    "the Platform's AWS account, which every platform role trusts; not the example 123456789012",
                    false, "123456789012"),
            new Setting("console.aws.billing-account-id", "CONSOLE_AWS_BILLING_ACCOUNT_ID",
                    "the reseller's billing account, which every billing role trusts; not the example 210987654321",
                    false, "210987654321"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        var missing = PROD.stream().filter(setting -> !isGiven(environment, setting)).toList();
        if (!missing.isEmpty()) {
            throw new MissingSettingsException("prod", missing);
        }
    }

    private static boolean isGiven(ConfigurableEnvironment environment, Setting setting) {
        String value;
        try {
            value = environment.getProperty(setting.property());
        } catch (IllegalArgumentException unresolvable) {
            // ${VARIABLE} without a default and no such variable.
            return false;
        }
        return value != null && (setting.mayBeEmpty() || !value.isBlank())
                && (setting.example().isEmpty() || !setting.example().equals(value.strip()));
    }

    /** After the configuration files are read, so that the profile and their values are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
