package com.onboarding.console.notifications.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.notifications.domain.MailStatus;
import com.onboarding.console.notifications.domain.NotificationRepository;
import com.onboarding.console.notifications.domain.OutgoingMail;
import com.onboarding.console.notifications.domain.OutgoingMailRepository;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, on a thread of its own: right after a mail is queued, and every poll interval
 * for retries and for mail another instance left behind. A mail is claimed in the database before it is sent,
 * so several instances never send one mail twice while all of them are running. The SMTP conversation runs
 * outside any transaction; its outcome is recorded afterwards, in the audit trail too.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 20;
    static final String ACTOR = "console";

    private final OutgoingMailRepository outbox;
    private final NotificationRepository notifications;
    private final CustomerLookup customers;
    private final AuditService audit;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("mail-delivery").factory());

    MailDelivery(OutgoingMailRepository outbox, NotificationRepository notifications, CustomerLookup customers,
            AuditService audit,
            ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.customers = customers;
        this.audit = audit;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        long poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::deliverDue, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** Looks for due mail now rather than at the next poll. */
    void soon() {
        thread.execute(this::deliverDue);
    }

    /** Sends every mail that is due; an exception must not end the schedule, so none leaves here. */
    void deliverDue() {
        try {
            for (var batch = due(); !batch.isEmpty(); batch = batch.size() < BATCH ? List.of() : due()) {
                batch.forEach(this::deliver);
            }
        } catch (RuntimeException e) {
            log.warn("Mail delivery stopped for now, next attempt at the next poll", e);
        }
    }

    private List<Long> due() {
        var now = clock.instant();
        return tx.execute(status -> outbox.findDue(now, now.minus(settings.claimTimeout()), PageRequest.of(0, BATCH)));
    }

    private void deliver(long id) {
        var now = clock.instant();
        Integer claimed = tx.execute(status -> outbox.claim(id, now, now.minus(settings.claimTimeout())));
        if (claimed == null || claimed == 0) {
            return;
        }
        var mail = tx.execute(status -> outbox.findById(id).orElseThrow());
        try {
            send(mail);
            tx.executeWithoutResult(status -> delivered(id, clock.instant()));
        } catch (RuntimeException e) {
            var error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mail {} to {} about customer {} could not be sent: {}", id, mail.getRecipient(),
                    mail.getCustomerId(), error);
            tx.executeWithoutResult(status -> failed(id, error, clock.instant()));
        }
    }

    private void send(OutgoingMail mail) {
        var smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        smtp.send(message);
    }

    private void delivered(long id, Instant at) {
        var mail = outbox.findById(id).orElseThrow();
        mail.sent(at);
        showOnNotification(mail, MailStatus.SENT);
        audit.record(AuditService.Event.of(ACTOR, AuditAction.NOTIFICATION_SENT, mail.getCustomerId(),
                customerName(mail), "Mail to " + mail.getRecipient() + ": " + mail.getSubject()));
    }

    private void failed(long id, String error, Instant at) {
        var mail = outbox.findById(id).orElseThrow();
        var retryAt = settings.waitAfter(mail.getAttempts() + 1).map(at::plus).orElse(null);
        mail.attemptFailed(error, retryAt);
        if (retryAt == null) {
            showOnNotification(mail, MailStatus.FAILED);
            audit.record(AuditService.Event.of(ACTOR, AuditAction.NOTIFICATION_FAILED, mail.getCustomerId(),
                    customerName(mail), "Mail to " + mail.getRecipient() + " not sent after " + mail.getAttempts()
                            + (mail.getAttempts() == 1 ? " attempt: " : " attempts: ") + mail.getSubject() + " ("
                            + error + ")"));
        }
    }

    private @Nullable String customerName(OutgoingMail mail) {
        var customerId = mail.getCustomerId();
        return customerId == null ? null : customers.find(customerId).map(Customer::getName).orElse(null);
    }

    private void showOnNotification(OutgoingMail mail, MailStatus status) {
        var notificationId = mail.getNotificationId();
        if (notificationId != null) {
            notifications.findById(notificationId).ifPresent(n -> n.mailIs(status));
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
