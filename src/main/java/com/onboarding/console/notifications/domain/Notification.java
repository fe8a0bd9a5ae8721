package com.onboarding.console.notifications.domain;

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

/** An in-app message to one user, e.g. "Acme Corp finished phase 1". */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "customer_id", updatable = false)
    private @Nullable Long customerId;

    @Column(nullable = false, updatable = false, length = MESSAGE_MAX)
    private String message = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", length = 16)
    private @Nullable MailStatus mailStatus;

    protected Notification() {
        // for JPA
    }

    public Notification(long recipientId, @Nullable Long customerId, String message, Instant createdAt) {
        this.recipientId = recipientId;
        this.customerId = customerId;
        this.message = message;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** What became of the e-mail sent with this notification. */
    public void mailIs(MailStatus status) {
        mailStatus = status;
    }

    public @Nullable MailStatus getMailStatus() {
        return mailStatus;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public @Nullable Long getCustomerId() {
        return customerId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
