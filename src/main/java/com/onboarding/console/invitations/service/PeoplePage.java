package com.onboarding.console.invitations.service;

import com.onboarding.console.security.service.UserDirectory;
import java.time.Instant;
import java.util.List;

/**
 * A customer's people page: who can log in, who is invited, and whether the current user may invite.
 *
 * @param canInvite whether the current user may invite, resend and revoke for this customer
 */
public record PeoplePage(long customerId, String customerName, List<UserDirectory.Person> users,
        List<OpenInvitation> invitations, boolean canInvite) {

    /** An invitation whose link still works. */
    public record OpenInvitation(long id, String email, String invitedBy, Instant sentAt, Instant expiresAt) {
    }
}
