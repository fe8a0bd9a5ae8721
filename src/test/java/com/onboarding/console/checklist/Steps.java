package com.onboarding.console.checklist;

import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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

    /** A relationship id in Partner Central's form, for 2.5. */
    public static final String RELATIONSHIP_ID = "rs-0a1b2c3d4e5f6";

    /** Confirms the steps in order, each at its current version, with the value a step asks for. */
    public static void confirm(ChecklistService checklists, long customerId, String... codes) {
        for (var code : codes) {
            checklists.confirm(customerId, code(code), version(checklists, customerId, code), null,
                    input(code(code)));
        }
    }

    /** What a test gives a step that asks for a value when it is confirmed. */
    public static @Nullable String input(StepCode code) {
        return StepCatalog.get(code).input() == null ? null : RELATIONSHIP_ID;
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
