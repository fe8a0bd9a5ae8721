package com.onboarding.console.invitations.service;

import com.onboarding.console.invitations.domain.LinkToken;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mail with a one-time link, to send once the change that made the link has committed. It lives only in
 * memory: the token must never reach the database or a log.
 *
 * @param template the name of the template under {@code mail/}, without {@code .txt}
 * @param values what the template's placeholders stand for (the link is added as {@code link})
 * @param path the console's path the link opens, to which the token is appended
 */
record LinkMail(String template, String to, String path, LinkToken token, Map<String, String> values,
        @Nullable Long customerId, @Nullable String customerName) {

    static final String INVITATION = "invitation";
    static final String PASSWORD_RESET = "password-reset";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A time as mails and the pages of a link write it, such as "6 December 2026, 09:30 UTC". */
    static String time(Instant at) {
        return TIME.format(at);
    }

    /** Never the token (see {@link LinkToken#toString()}). */
    @Override
    public String toString() {
        return "LinkMail[" + template + " to " + to + "]";
    }
}
