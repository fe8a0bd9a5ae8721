package com.onboarding.console.checklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** OPS opened a phase before the one before it was complete, and said why. */
@Entity
@Table(name = "phase_gate_override")
public class PhaseGateOverride {

    public static final int REASON_MAX = 1000;

    /** Customer and phase. */
    @Embeddable
    public record Key(@Column(name = "customer_id") long customerId, @Column(name = "phase") int phase)
            implements Serializable {
    }

    @EmbeddedId
    private Key key = new Key(0, 0);

    @Column(name = "overridden_by", nullable = false, length = 64)
    private String overriddenBy = "";

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt = Instant.EPOCH;

    @Column(nullable = false, length = REASON_MAX)
    private String reason = "";

    protected PhaseGateOverride() {
        // for JPA
    }

    public PhaseGateOverride(long customerId, int phase, String overriddenBy, Instant overriddenAt, String reason) {
        this.key = new Key(customerId, phase);
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
        this.reason = reason;
    }

    public int getPhase() {
        return key.phase();
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public String getReason() {
        return reason;
    }
}
