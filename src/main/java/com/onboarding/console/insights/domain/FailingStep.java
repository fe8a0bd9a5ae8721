package com.onboarding.console.insights.domain;

import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import org.jspecify.annotations.Nullable;

/**
 * A step that failed in the period.
 *
 * @param commonError the AWS error code AWS answered most often for this step (e.g. AccessDenied), if any
 */
public record FailingStep(StepCode code, long failures, @Nullable String commonError, long commonErrorCount) {

    public String name() {
        return StepCatalog.get(code).name();
    }
}
