package com.onboarding.console.notifications.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A mail written as a text resource under {@code mail/}: the first line is the subject, the rest the body, and
 * {@code {name}} stands for a value. A placeholder without a value is an error, not a blank in a sent mail.
 */
record MailTemplate(String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    static MailTemplate load(String name) {
        try (var in = new ClassPathResource("mail/" + name + ".txt").getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            return new MailTemplate(text.substring(0, newline).strip(), text.substring(newline + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("The mail template " + name + " is missing", e);
        }
    }

    /** The mail with the values filled in. */
    MailTemplate fill(Map<String, String> values) {
        return new MailTemplate(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            var value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + match.group(1) + "} in a mail template");
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
