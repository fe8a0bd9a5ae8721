package com.onboarding.console.security.service;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of the user administration dialogs and of a person's own account. */
public enum UserField implements FieldKey {

    USERNAME("Username"),
    DISPLAY_NAME("Display name"),
    OWN_NAME("Your name"),
    EMAIL("Email"),
    ROLE("Role"),
    CUSTOMER("Customer"),
    PASSWORD("Password"),
    CURRENT_PASSWORD("Current password"),
    NEW_PASSWORD("New password"),
    REPEAT_PASSWORD("Repeat password");

    private final String label;

    UserField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
