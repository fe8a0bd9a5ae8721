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

    public static final int ERROR_CODE_MAX = 80;

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

    /** An AWS_ERROR entry's AWS error code (the error class), apart from the message so it can be counted. */
    @Column(name = "error_code", updatable = false, length = ERROR_CODE_MAX)
    private @Nullable String errorCode;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.CUSTOMER_CREATED;
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, @Nullable Long customerId,
            @Nullable String customerName, @Nullable String stepCode, @Nullable String fromState,
            @Nullable String toState, @Nullable String message, @Nullable String sourceAddress,
            @Nullable String errorCode) {
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
        this.errorCode = errorCode == null ? null : truncate(errorCode, ERROR_CODE_MAX);
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

    public @Nullable String getErrorCode() {
        return errorCode;
    }
}
