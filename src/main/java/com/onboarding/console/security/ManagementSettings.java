package com.onboarding.console.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the actuator endpoints.
 *
 * @param publicEndpoints endpoint ids that answer without a login (health's probes, for the load balancer)
 * @param scrapeUsername the HTTP Basic username a metrics scraper signs in with
 * @param scrapePassword its password; none means no scraper may sign in (administrators still may)
 */
@ConfigurationProperties("console.management")
record ManagementSettings(@DefaultValue("health") List<String> publicEndpoints,
        @DefaultValue(DEFAULT_SCRAPE_USERNAME) String scrapeUsername, @Nullable String scrapePassword) {

    /** Short enough to guess: the scrape login has no lockout, so its password must be long. */
    static final int SCRAPE_PASSWORD_MIN = 24;

    static final String DEFAULT_SCRAPE_USERNAME = "prometheus";

    ManagementSettings {
        // CONSOLE_SCRAPE_USERNAME reaches it through application-prod.properties, where an unset one is empty.
        scrapeUsername = scrapeUsername.isBlank() ? DEFAULT_SCRAPE_USERNAME : scrapeUsername;
        if (scrapePassword != null && scrapePassword.isBlank()) {
            scrapePassword = null;
        }
        if (scrapePassword != null && scrapePassword.length() < SCRAPE_PASSWORD_MIN) {
            throw new IllegalArgumentException("console.management.scrape-password (CONSOLE_SCRAPE_PASSWORD) is "
                    + scrapePassword.length() + " characters long: use at least " + SCRAPE_PASSWORD_MIN
                    + " random characters.");
        }
    }

    boolean scraperMaySignIn() {
        return scrapePassword != null;
    }
}
