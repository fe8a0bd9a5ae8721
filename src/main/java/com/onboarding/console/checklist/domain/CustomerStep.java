package com.onboarding.console.checklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One customer's state of one catalog step: its status and, separately, what AWS last said about it. */
@Entity
@Table(name = "customer_step")
public class CustomerStep {

    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false, length = 8)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StepStatus status = StepStatus.TODO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationState verification = VerificationState.UNVERIFIED;

    @Column(name = "verification_at")
    private @Nullable Instant verificationAt;

    @Column(name = "verification_message", length = MESSAGE_MAX)
    private @Nullable String verificationMessage;

    @Column(length = MESSAGE_MAX)
    private @Nullable String message;

    @Column(name = "changed_by", length = 64)
    private @Nullable String changedBy;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    @Column(name = "claimed_by", length = 64)
    private @Nullable String claimedBy;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Version
    private long version;

    protected CustomerStep() {
        // for JPA
    }

    public CustomerStep(long customerId, String code) {
        this.customerId = customerId;
        this.code = code;
    }

    public StepDefinition definition() {
        return StepCatalog.get(code);
    }

    /** Moves to a new status; who and when are kept with the message that explains it. */
    public void transition(StepStatus to, String by, Instant at, @Nullable String message) {
        this.status = to;
        this.changedBy = by;
        this.changedAt = at;
        this.message = message == null ? null : clip(message);
        if (to != StepStatus.IN_PROGRESS) {
            this.claimedBy = null;
            this.claimedAt = null;
        }
    }

    public void recordVerification(VerificationState state, Instant at, String message) {
        this.verification = state;
        this.verificationAt = at;
        this.verificationMessage = clip(message);
    }

    private static String clip(String text) {
        return text.length() <= MESSAGE_MAX ? text : text.substring(0, MESSAGE_MAX - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCode() {
        return code;
    }

    public StepStatus getStatus() {
        return status;
    }

    public VerificationState getVerification() {
        return verification;
    }

    public @Nullable Instant getVerificationAt() {
        return verificationAt;
    }

    public @Nullable String getVerificationMessage() {
        return verificationMessage;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public @Nullable String getChangedBy() {
        return changedBy;
    }

    public @Nullable Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getClaimedAt() {
        return claimedAt;
    }

    public long getVersion() {
        return version;
    }
}
