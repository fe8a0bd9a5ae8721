package com.onboarding.console.invitations.domain;

import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.customers.domain.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person of a customer asked by e-mail to join the console. The link in the mail works once, until it expires,
 * is revoked or is replaced by a newer mail; only its token's hash is kept.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends OneTimeLink {


    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    /** The customer's name when the invitation was sent, for the pages of its link, which no one is logged in to. */
    @Column(name = "customer_name", nullable = false, updatable = false, length = Customer.NAME_MAX)
    private String customerName = "";

    @Column(nullable = false, updatable = false, length = EmailAddress.MAX_LENGTH)
    private String email = "";

    @Column(name = "invited_by", nullable = false, updatable = false, length = 64)
    private String invitedBy = "";

    @Column(name = "invited_by_user_id", updatable = false)
    private @Nullable Long invitedByUserId;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "replaced_at")
    private @Nullable Instant replacedAt;

    @Column(name = "renewal_asked_at")
    private @Nullable Instant renewalAskedAt;

    protected Invitation() {
        // for JPA
    }

    public Invitation(long customerId, String customerName, String email, String invitedBy,
            @Nullable Long invitedByUserId, LinkToken token, Instant createdAt, Instant expiresAt) {
        super(token, createdAt, expiresAt);
        this.customerId = customerId;
        this.customerName = customerName;
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedByUserId = invitedByUserId;
    }

    /** What the link does at this time; a link that ended in several ways tells the first. */
    @Override
    public LinkState state(Instant now) {
        var state = super.state(now);
        if (state == LinkState.USED) {
            return state;
        }
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        return replacedAt != null ? LinkState.REPLACED : state;
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
}
