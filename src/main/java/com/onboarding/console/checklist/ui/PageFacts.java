package com.onboarding.console.checklist.ui;

import com.onboarding.console.checklist.domain.StepNames;
import com.onboarding.console.checklist.service.ChecklistPage;
import org.jspecify.annotations.Nullable;

/**
 * The few facts of the checklist page that its commands and dialogs need; the rows keep their own lines.
 *
 * @param consoleAccess whether the user's checks can reach the customer's account now
 */
record PageFacts(String title, String accountId, String billingCountry, @Nullable String csmName,
        @Nullable StepNames names, @Nullable String externalId, boolean staff, boolean awsAccess,
        boolean consoleAccess) {

    /** Before the page has read its customer. */
    static final PageFacts NONE = new PageFacts("Checklist", "", "", null, null, null, false, false, false);

    static PageFacts of(ChecklistPage page) {
        return new PageFacts(page.name(), page.accountId(), page.billingCountry(), page.csmName(), page.names(),
                page.externalId(), page.staff(), page.awsAccess(), page.noAccess() == null);
    }
}
