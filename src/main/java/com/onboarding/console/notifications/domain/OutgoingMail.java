package com.onboarding.console.notifications.domain;

import com.onboarding.console.base.domain.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail in the outbox, from the change that caused it until it is delivered or given up. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 20_000;
    private static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = EmailAddress.MAX_LENGTH)
    private String recipient = "";

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject = "";

    @Column(nullable = false, updatable = false, length = BODY_MAX)
    private String body = "";

    @Column(name = "customer_id", updatable = false)
    private @Nullable Long customerId;

    @Column(name = "notification_id", updatable = false)
    private @Nullable Long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, @Nullable Long customerId,
            @Nullable Long notificationId, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX);
        this.body = body.length() <= BODY_MAX ? body : body.substring(0, BODY_MAX);
        this.customerId = customerId;
        this.notificationId = notificationId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant at) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        claimedAt = null;
        lastError = null;
    }

    /** A failed attempt: another one at {@code retryAt}, or none when that is null. */
    public void attemptFailed(String error, @Nullable Instant retryAt) {
        attempts++;
        claimedAt = null;
        lastError = error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        if (retryAt == null) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public @Nullable Long getCustomerId() {
        return customerId;
    }

    public @Nullable Long getNotificationId() {
        return notificationId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
