package com.onboarding.console.aws.credentials;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the credentials dialog, named as AWS names them. */
public enum CredentialsField implements FieldKey {

    ACCESS_KEY_ID("Access key id"),
    SECRET_ACCESS_KEY("Secret access key"),
    SESSION_TOKEN("Session token");

    private final String label;

    CredentialsField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
