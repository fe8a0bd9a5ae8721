package com.onboarding.console.invitations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every link sent by mail has: its token's hash, when it was made, until when it works, and whether it was
 * used. The version makes a second use at the same moment fail rather than count twice.
 */
@MappedSuperclass
public abstract class OneTimeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    protected OneTimeLink() {
        // for JPA
    }

    protected OneTimeLink(LinkToken token, Instant createdAt, Instant expiresAt) {
        this.tokenHash = token.hash();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What the link does at this time; a link that ended in several ways tells the first. */
    public LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
    }

    public void used(Instant at) {
        usedAt = at;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
