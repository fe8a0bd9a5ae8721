package com.onboarding.console.notifications.service;

import com.onboarding.console.notifications.domain.MailStatus;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.domain.OutgoingMail;
import com.onboarding.console.notifications.domain.OutgoingMailRepository;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every mail of the console starts: it is written to the outbox in the caller's transaction, so it exists
 * exactly when the change it tells of does, and {@link MailDelivery} sends it after the commit, off the
 * request thread. A slow or absent SMTP server never holds up the person who clicked.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutgoingMailRepository outbox;
    private final MailDelivery delivery;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository outbox, MailDelivery delivery, ObjectProvider<JavaMailSender> sender,
            MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues a mail; with mail switched off it is only logged.
     *
     * @param notification the in-app notification it goes with, which then shows what became of the mail
     */
    @Transactional
    public void enqueue(String to, String subject, String body, @Nullable Long customerId,
            @Nullable Notification notification) {
        if (!settings.enabled() || sender.getIfAvailable() == null) {
            log.info("Mail to {} (not sent, mail is off): {}", to, subject);
            return;
        }
        outbox.save(new OutgoingMail(to, subject, body, customerId,
                notification == null ? null : notification.getId(), clock.instant()));
        if (notification != null) {
            notification.mailIs(MailStatus.PENDING);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.soon();
            }
        });
    }
}
