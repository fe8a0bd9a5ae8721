package com.onboarding.console.invitations.domain;

import com.onboarding.console.customers.domain.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person of a customer asked by e-mail to join the console. The link in the mail works once, until it expires,
 * is revoked or is replaced by a newer mail; only its token's hash is kept.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    /** The customer's name when the invitation was sent, for the pages of its link, which no one is logged in to. */
    @Column(name = "customer_name", nullable = false, updatable = false, length = Customer.NAME_MAX)
    private String customerName = "";

    @Column(nullable = false, updatable = false, length = EMAIL_MAX)
    private String email = "";

    @Column(name = "invited_by", nullable = false, updatable = false, length = 64)
    private String invitedBy = "";

    @Column(name = "invited_by_user_id", updatable = false)
    private @Nullable Long invitedByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "replaced_at")
    private @Nullable Instant replacedAt;

    @Column(name = "renewal_asked_at")
    private @Nullable Instant renewalAskedAt;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash = "";

    @Version
    private long version;

    protected Invitation() {
        // for JPA
    }

    public Invitation(long customerId, String customerName, String email, String invitedBy, @Nullable Long invitedByUserId,
            LinkToken token, Instant createdAt, Instant expiresAt) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedByUserId = invitedByUserId;
        this.tokenHash = token.hash();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What the link does at this time; a link that ended in several ways tells the first. */
    public LinkState state(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        if (replacedAt != null) {
            return LinkState.REPLACED;
        }
        return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
    }

    public void used(Instant at) {
        usedAt = at;
    }

    public void revoke(Instant at) {
        revokedAt = at;
    }

    /** A resend: this link dies, the newer one takes its place. */
    public void replace(Instant at) {
        replacedAt = at;
    }

    /** The invited person, whose link had ended, asked for a new one. */
    public void renewalAsked(Instant at) {
        renewalAskedAt = at;
    }

    public @Nullable Instant getRenewalAskedAt() {
        return renewalAskedAt;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getEmail() {
        return email;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public @Nullable Long getInvitedByUserId() {
        return invitedByUserId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
