package com.onboarding.console.checklist.service;

import com.onboarding.console.base.domain.FieldKey;

/** The texts people write on a step: notes, and the reasons for a skip, a reopening or a gate override. */
public enum StepField implements FieldKey {

    NOTE("Note"),
    REASON("Reason");

    private final String label;

    StepField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
