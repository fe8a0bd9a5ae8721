package com.onboarding.console.notifications.service;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled send e-mail through the configured SMTP server; when off (the demo mode) mails are logged
 *     and the in-app notification is the only delivery
 * @param from the sender address
 * @param baseUrl the console's address, for links in mails
 * @param maxAttempts how often a mail is tried before it counts as failed
 * @param firstRetryAfter the wait before the second attempt; each further wait is twice the one before
 * @param pollInterval how often each instance looks for mail that is due (new mail is sent at once)
 * @param claimTimeout after this long a mail an instance took but never finished (it stopped) is tried again
 */
@ConfigurationProperties("console.mail")
public record MailSettings(boolean enabled, @DefaultValue("onboarding-console@reseller.example") String from,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetryAfter, @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("5m") Duration claimTimeout) {

    /** The longest wait between two attempts, however many came before. */
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    public MailSettings {
        baseUrl = baseUrl.replaceAll("/+$", "");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("console.mail.max-attempts is " + maxAttempts + ": use 1 or more.");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("console.mail.poll-interval must be longer than zero, such as 30s.");
        }
    }

    /** When to try again after {@code attemptsSoFar} failed attempts; none when they are used up. */
    Optional<Duration> waitAfter(int attemptsSoFar) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        var wait = firstRetryAfter.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
