package com.onboarding.console.invitations.service;

import com.onboarding.console.base.domain.FieldKey;

/** The inputs of an invitation and of a password reset request. */
public enum InvitationField implements FieldKey {

    EMAIL("Email");

    private final String label;

    InvitationField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
