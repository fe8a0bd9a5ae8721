package com.onboarding.console.checklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** One customer's state of one catalog step: its status and, separately, what AWS last said about it. */
@Entity
@Table(name = "customer_step")
public class CustomerStep {

    public static final int MESSAGE_MAX = 1000;

    /** A typed note leaves room in the message for what the console says around it. */
    public static final int NOTE_MAX = MESSAGE_MAX - 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Convert(converter = StepCodeConverter.class)
    @Column(nullable = false, updatable = false, length = 8)
    private StepCode code = StepCode.of(1, 1);

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

    /** The value the step asked for when it was last confirmed ({@link StepDefinition#input()}). */
    @Column(name = "input_value", length = 64)
    private @Nullable String inputValue;

    @Column(name = "changed_by", length = 64)
    private @Nullable String changedBy;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    /**
     * When the customer's settled step before this settled one was (null for the first): the time it held the
     * customer up starts there. Kept by the checklist on every change; not part of the optimistic lock, as another
     * step's change moves it.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "held_since")
    private @Nullable Instant heldSince;

    /** How long, in seconds, this settled step held the customer up: from {@link #heldSince} or their creation. */
    @OptimisticLock(excluded = true)
    @Column(name = "held_seconds")
    private @Nullable Double heldSeconds;

    @Column(name = "claimed_by", length = 64)
    private @Nullable String claimedBy;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    /** Names the one AWS call that holds the IN_PROGRESS claim; only that call may settle the step. */
    @Column(name = "claim_token", length = 36)
    private @Nullable String claimToken;

    @Version
    private long version;

    protected CustomerStep() {
        // for JPA
    }

    public CustomerStep(long customerId, StepCode code) {
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
            this.claimToken = null;
        }
    }

    /** Keeps the value the step asks for; null when the step is no longer confirmed with it. */
    public void recordInput(@Nullable String value) {
        this.inputValue = value;
    }

    void hold(@Nullable Instant since, @Nullable Duration held) {
        this.heldSince = since;
        this.heldSeconds = held == null ? null : held.toNanos() / 1e9;
    }

    public void recordVerification(VerificationState state, Instant at, String message) {
        this.verification = state;
        this.verificationAt = at;
        this.verificationMessage = clip(message);
    }

    /** Whether the call that made this claim still holds the step, or it was settled or claimed again since. */
    public boolean isClaimedBy(@Nullable String token) {
        return status == StepStatus.IN_PROGRESS && Objects.equals(token, claimToken);
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

    public StepCode getCode() {
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

    public @Nullable String getInputValue() {
        return inputValue;
    }

    public @Nullable String getChangedBy() {
        return changedBy;
    }

    public @Nullable Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable Instant getHeldSince() {
        return heldSince;
    }

    public @Nullable Double getHeldSeconds() {
        return heldSeconds;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getClaimedAt() {
        return claimedAt;
    }

    public @Nullable String getClaimToken() {
        return claimToken;
    }

    public long getVersion() {
        return version;
    }
}
