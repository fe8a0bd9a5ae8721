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
import org.jspecify.annotations.Nullable;

/** A step a fleet run found not as it should be, with what AWS showed. */
@Entity
@Table(name = "fleet_run_finding")
public class FleetFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Convert(converter = StepCodeConverter.class)
    @Column(name = "step_code", nullable = false, updatable = false, length = 8)
    private StepCode code = StepCode.of(1, 1);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private VerificationState verification = VerificationState.MISMATCH;

    @Column(nullable = false, updatable = false)
    private boolean drift;

    @Column(nullable = false, updatable = false, length = CustomerStep.MESSAGE_MAX)
    private String message = "";

    protected FleetFinding() {
        // for JPA
    }

    /**
     * @param drift the step was verified before this run
     */
    public FleetFinding(long runId, long customerId, StepCode code, VerificationState verification, boolean drift,
            String message) {
        if (verification != VerificationState.MISMATCH && verification != VerificationState.ERROR) {
            throw new IllegalArgumentException("a finding is a mismatch or a failed check, not " + verification);
        }
        this.runId = runId;
        this.customerId = customerId;
        this.code = code;
        this.verification = verification;
        this.drift = drift;
        this.message = message.length() <= CustomerStep.MESSAGE_MAX ? message
                : message.substring(0, CustomerStep.MESSAGE_MAX - 1) + "…";
    }

    public long getRunId() {
        return runId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public StepCode getCode() {
        return code;
    }

    public VerificationState getVerification() {
        return verification;
    }

    public boolean isDrift() {
        return drift;
    }

    public String getMessage() {
        return message;
    }
}
