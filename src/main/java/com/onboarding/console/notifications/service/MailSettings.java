package com.onboarding.console.notifications.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled send e-mail through the configured SMTP server; when off (the demo mode) mails are logged
 *     and the in-app notification is the only delivery
 * @param from the sender address
 * @param baseUrl the console's address, for links in mails
 */
@ConfigurationProperties("console.mail")
public record MailSettings(boolean enabled, String from, String baseUrl) {

    public MailSettings {
        from = from == null || from.isBlank() ? "onboarding-console@reseller.example" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
