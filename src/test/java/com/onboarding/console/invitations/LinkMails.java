package com.onboarding.console.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.onboarding.console.TestSmtpPort;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The mails with one-time links, as the test SMTP server receives them. */
public final class LinkMails {

    /** The path and token of a link in a mail, such as {@code invitation/<token>}. */
    private static final Pattern LINK = Pattern.compile("http://console\\.test/((invitation|reset-password)/"
            + "([A-Za-z0-9_-]{43}))");

    private LinkMails() {
    }

    /** The test SMTP server, for {@code @RegisterExtension}. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(TestSmtpPort.port(), null, ServerSetup.PROTOCOL_SMTP));
    }

    /** The first mail to this address, waited for: link mails leave after the commit, on a thread of their own. */
    public static Message received(GreenMailExtension mail, String address) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .filter(m -> to(m).equalsIgnoreCase(address)).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The console's path of the mail's link, such as {@code invitation/<token>}. */
    public static String path(Message message) {
        var matcher = LINK.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).as("a link in %s", GreenMailUtil.getBody(message)).isTrue();
        return matcher.group(1);
    }

    /** The token of the mail's link. */
    public static String token(Message message) {
        return path(message).substring(path(message).lastIndexOf('/') + 1);
    }

    public static String to(Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
