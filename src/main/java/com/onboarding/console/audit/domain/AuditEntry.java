package com.onboarding.console.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One thing that happened: who, when, on which customer and step, from which state to which. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "customer_id", updatable = false)
    private @Nullable Long customerId;

    @Column(name = "customer_name", updatable = false, length = 200)
    private @Nullable String customerName;

    @Column(name = "step_code", updatable = false, length = 8)
    private @Nullable String stepCode;

    @Column(name = "from_state", updatable = false, length = 40)
    private @Nullable String fromState;

    @Column(name = "to_state", updatable = false, length = 40)
    private @Nullable String toState;

    @Column(updatable = false, length = 2000)
    private @Nullable String message;

    @Column(name = "source_address", updatable = false, length = 64)
    private @Nullable String sourceAddress;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.CUSTOMER_CREATED;
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, @Nullable Long customerId,
            @Nullable String customerName, @Nullable String stepCode, @Nullable String fromState,
            @Nullable String toState, @Nullable String message, @Nullable String sourceAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.customerId = customerId;
        this.customerName = customerName;
        this.stepCode = stepCode;
        this.fromState = fromState;
        this.toState = toState;
        this.message = message == null ? null : truncate(message, 2000);
        this.sourceAddress = sourceAddress;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public @Nullable Long getCustomerId() {
        return customerId;
    }

    public @Nullable String getCustomerName() {
        return customerName;
    }

    public @Nullable String getStepCode() {
        return stepCode;
    }

    public @Nullable String getFromState() {
        return fromState;
    }

    public @Nullable String getToState() {
        return toState;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public @Nullable String getSourceAddress() {
        return sourceAddress;
    }
}
