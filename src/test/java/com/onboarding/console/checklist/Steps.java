package com.onboarding.console.checklist;

import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.StepLine;

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
}
