package com.onboarding.console.insights.domain;

import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;

/** How long a step held customers up: from their previous settled step (or their creation) to this one. */
public record StepTime(StepCode code, Spread spread) {

    public String name() {
        return StepCatalog.get(code).name();
    }
}
