package com.onboarding.console.invitations.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.notifications.service.MailSettings;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the mails with one-time links once the invitation or reset that made the link has committed, on a thread
 * of its own, so a slow SMTP server never holds up the person who clicked. Unlike other mail these skip the
 * outbox: a link in the outbox's stored body would be a working token in the database. A mail that fails is
 * therefore not retried; the audit trail says so, and staff send the invitation again.
 */
@Component
class LinkMailSender {

    private static final Logger log = LoggerFactory.getLogger(LinkMailSender.class);
    private static final String SUBJECT = "Subject: ";
    private static final String ACTOR = "console";
    /** A placeholder such as {customer}; replaced in one pass, so a value (a customer's name) is never read as one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final AuditService audit;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("link-mail").factory());

    LinkMailSender(ObjectProvider<JavaMailSender> sender, MailSettings settings, AuditService audit) {
        this.sender = sender;
        this.settings = settings;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onCommitted(LinkMail mail) {
        thread.execute(() -> send(mail));
    }

    private void send(LinkMail mail) {
        var smtp = sender.getIfAvailable();
        if (!settings.enabled() || smtp == null) {
            log.info("Mail to {} (not sent, mail is off): {}", mail.to(), mail.template());
            return;
        }
        try {
            var message = message(mail);
            smtp.send(message);
            audit.recordAlone(AuditService.Event.of(ACTOR, AuditAction.NOTIFICATION_SENT, mail.customerId(),
                    mail.customerName(), "Mail to " + mail.to() + ": " + message.getSubject()));
        } catch (RuntimeException e) {
            // The exception names the server and its answer, never the message and its link.
            var error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mail {} to {} could not be sent: {}", mail.template(), mail.to(), error);
            audit.recordAlone(AuditService.Event.of(ACTOR, AuditAction.NOTIFICATION_FAILED, mail.customerId(),
                    mail.customerName(), "Mail " + mail.template() + " to " + mail.to() + " not sent (" + error
                            + ")"));
        }
    }

    /** The template's first line is the subject, the rest after a blank line the text. */
    private SimpleMailMessage message(LinkMail mail) {
        var values = new HashMap<>(mail.values());
        values.put("link", settings.baseUrl() + "/" + mail.path() + "/" + mail.token().value());
        var text = PLACEHOLDER.matcher(template(mail.template())).replaceAll(match -> Matcher.quoteReplacement(
                Objects.requireNonNull(values.get(match.group(1)), () -> "mail/" + mail.template()
                        + ".txt has a placeholder " + match.group() + " without a value")));
        var subject = text.lines().findFirst().filter(line -> line.startsWith(SUBJECT))
                .orElseThrow(() -> new IllegalStateException("mail/" + mail.template()
                        + ".txt must start with a line \"Subject: ...\""));
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.to());
        message.setSubject(subject.substring(SUBJECT.length()).strip());
        message.setText(text.substring(subject.length()).strip() + "\n");
        return message;
    }

    private static String template(String name) {
        try {
            return new ClassPathResource("mail/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mail/" + name + ".txt is missing", e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
