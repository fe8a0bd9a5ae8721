package com.onboarding.console.invitations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer user's request for a new password: a one-time link like an invitation's, for one user. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash = "";

    @Version
    private long version;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(long userId, LinkToken token, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = token.hash();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
    }

    public void used(Instant at) {
        usedAt = at;
    }

    public long getUserId() {
        return userId;
    }
}
