package com.onboarding.console.checklist;

import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import java.time.Instant;

/** Short ways for tests to read and move a customer's steps through the checklist service. */
public final class Steps {

    private Steps() {
    }

    public static StepCode code(String text) {
        return StepCode.parse(text);
    }

    public static StepLine line(ChecklistService checklists, long customerId, String code) {
        return checklists.page(customerId).step(code(code));
    }

    public static long version(ChecklistService checklists, long customerId, String code) {
        return line(checklists, customerId, code).version();
    }

    /** Confirms the steps in order, each at its current version. */
    public static void confirm(ChecklistService checklists, long customerId, String... codes) {
        for (var code : codes) {
            checklists.confirm(customerId, code(code), version(checklists, customerId, code), null);
        }
    }

    /**
     * Records a step done in the database alone, as when what it made was removed in AWS afterwards (a platform
     * role deleted by hand): the console then believes it has access it has not.
     */
    public static void recordDone(CustomerStepRepository steps, long customerId, String code) {
        var step = steps.findByCustomerIdAndCode(customerId, code(code)).orElseThrow();
        step.transition(StepStatus.DONE, "ops", Instant.now(), null);
        steps.save(step);
    }
}
