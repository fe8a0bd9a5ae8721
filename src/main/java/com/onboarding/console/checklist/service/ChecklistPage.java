package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.NextStep;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepKind;
import com.onboarding.console.checklist.domain.StepNames;
import com.onboarding.console.payer.domain.PayerAnswer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the checklist page shows one user, read in one transaction: the customer, its CSM, the payer
 * answer, every step with the commands this user may give now, the phases and what is next for this user.
 *
 * @param externalId the customer's ExternalId, for staff only
 * @param names the concrete names the steps' help speaks of
 * @param staff whether the user works for the reseller (edits customers)
 * @param awsAccess whether the user may run and check AWS steps for the customer (credentials, Verify all)
 * @param noAccess why the user's checks cannot reach the account yet, or null when they can (platform role, or
 *        pasted credentials)
 */
public record ChecklistPage(long customerId, String name, String accountId, String billingCountry, String rootEmail,
        @Nullable String externalId, @Nullable String csmName, PayerAnswer payer, int completedSteps, int percent,
        List<PhaseLine> phases, List<StepLine> steps, NextStep next, StepNames names, boolean staff,
        boolean awsAccess, @Nullable String noAccess) {

    public StepLine step(StepCode code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + code));
    }

    public List<StepLine> stepsOf(int phase) {
        return steps.stream().filter(s -> s.code().phase() == phase).toList();
    }

    /** Whether every step that calls AWS itself is complete: pasted credentials have nothing left to do. */
    public boolean awsActionsComplete() {
        return steps.stream().filter(s -> s.kind() == StepKind.AWS_ACTION).allMatch(s -> s.status().isComplete());
    }

    public PhaseLine phase(int phase) {
        return phases.get(phase - 1);
    }
}
