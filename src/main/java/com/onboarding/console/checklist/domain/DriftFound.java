package com.onboarding.console.checklist.domain;

import java.util.List;

/** A fleet run found steps that AWS had verified and now shows otherwise. */
public record DriftFound(long runId, List<Drift> drifts) {

    /** One drifted step, with what differs. */
    public record Drift(long customerId, StepCode code, VerificationState verification, String message) {
    }
}
