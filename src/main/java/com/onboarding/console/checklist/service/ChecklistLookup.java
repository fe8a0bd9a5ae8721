package com.onboarding.console.checklist.service;

import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.StepCode;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of a customer's checklist, never through its repositories. No method security of its
 * own: its callers are services and jobs that checked, or need no caller; it joins their transaction.
 */
@Component
public class ChecklistLookup {

    /** A step not complete yet, as a reminder lists it. */
    public record OpenStep(StepCode code, String title) {
    }

    private final CustomerStepRepository steps;

    ChecklistLookup(CustomerStepRepository steps) {
        this.steps = steps;
    }

    /** The customer's steps of the phase that are not complete, in checklist order. */
    @Transactional(readOnly = true)
    public List<OpenStep> openSteps(long customerId, int phase) {
        return steps.findByCustomerId(customerId).stream()
                .filter(s -> s.definition().phase() == phase && !s.getStatus().isComplete())
                .sorted(Comparator.comparing(s -> s.getCode()))
                .map(s -> new OpenStep(s.getCode(), s.definition().title())).toList();
    }
}
