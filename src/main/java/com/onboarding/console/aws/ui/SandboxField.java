package com.onboarding.console.aws.ui;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the sandbox page. */
enum SandboxField implements FieldKey {

    ACCOUNT_ID("Account id"),
    ROOT_EMAIL("Root email"),
    IAM_USER_NAME("IAM user name"),
    INLINE_POLICY("Inline policy");

    private final String label;

    SandboxField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
