package com.onboarding.console.invitations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer user's request for a new password: a one-time link like an invitation's, for one user. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends OneTimeLink {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(long userId, LinkToken token, Instant createdAt, Instant expiresAt) {
        super(token, createdAt, expiresAt);
        this.userId = userId;
    }

    public long getUserId() {
        return userId;
    }
}
