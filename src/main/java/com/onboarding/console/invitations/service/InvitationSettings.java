package com.onboarding.console.invitations.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param validity how long an invitation link works after it was sent
 * @param resetValidity how long a password reset link works after it was sent
 */
@ConfigurationProperties("console.invitations")
public record InvitationSettings(@DefaultValue("72h") Duration validity, @DefaultValue("1h") Duration resetValidity) {

    public InvitationSettings {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("console.invitations.validity must be longer than zero, such as 72h.");
        }
        if (resetValidity.isNegative() || resetValidity.isZero()) {
            throw new IllegalArgumentException(
                    "console.invitations.reset-validity must be longer than zero, such as 1h.");
        }
    }
}
