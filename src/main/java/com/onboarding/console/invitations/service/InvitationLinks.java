package com.onboarding.console.invitations.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.invitations.domain.Invitation;
import com.onboarding.console.invitations.domain.InvitationRepository;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.service.LinkAccounts;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invited person does with the link of their mail, before they have a user: see what it is for, join
 * with it once, or, when it has ended, ask the person who invited them for a new one.
 */
@Service
public class InvitationLinks {

    /** Who the audit trail names for what a person does through a link before they are logged in. */
    static final String ANONYMOUS = "anonymous";

    private final InvitationRepository invitations;
    private final LinkAccounts accounts;
    private final NotificationService notifications;
    private final AuditService audit;
    private final UserDirectory users;
    private final Clock clock;

    InvitationLinks(InvitationRepository invitations, LinkAccounts accounts, NotificationService notifications,
            AuditService audit, UserDirectory users, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /**
     * What a link opened now does.
     *
     * @param renewalAsked whether the person already asked for a new invitation after this link ended
     */
    public record InvitationLink(LinkState state, String customerName, String email, @Nullable Instant expiresAt,
            boolean renewalAsked) {

        static InvitationLink unknown() {
            return new InvitationLink(LinkState.UNKNOWN, "", "", null, false);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public InvitationLink open(String token) {
        return find(token).map(i -> new InvitationLink(i.state(clock.instant()), i.getCustomerName(), i.getEmail(),
                i.getExpiresAt(), i.getRenewalAskedAt() != null)).orElseGet(InvitationLink::unknown);
    }

    /**
     * Creates the invited person's user with the password they chose and uses the link up, both or neither; a
     * second use of the link, even at the same moment, is refused.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public AppUserPrincipal accept(String token, @Nullable String username, @Nullable String displayName,
            @Nullable String password) {
        var now = clock.instant();
        var invitation = OneTimeLinks.open(token, invitations::findByTokenHash, now, InvitationLinks::ended);
        var user = accounts.createCustomerUser(invitation.getCustomerId(), invitation.getEmail(), username,
                displayName, password);
        invitation.used(now);
        invitations.flush();
        // The customer's people read this entry: the inviter by the name people know, not by their login.
        var inviter = Optional.ofNullable(invitation.getInvitedByUserId()).flatMap(users::find)
                .map(person -> " of " + person.displayName()).orElse("");
        audit.record(AuditService.Event.of(user.getUsername(), AuditAction.INVITATION_ACCEPTED,
                invitation.getCustomerId(), invitation.getCustomerName(), user.displayName() + " ("
                        + invitation.getEmail() + ") joined through the invitation" + inviter));
        return user;
    }

    /** Tells the person who sent an ended invitation that it is wanted again, once per invitation. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void askForNew(String token) {
        var now = clock.instant();
        var invitation = find(token).orElseThrow(() -> ended(LinkState.UNKNOWN));
        if (invitation.state(now) == LinkState.OPEN) {
            throw new InvalidInputException("This invitation still works: set your password with it.");
        }
        if (invitation.getRenewalAskedAt() != null) {
            return;
        }
        invitation.renewalAsked(now);
        var inviterId = invitation.getInvitedByUserId();
        if (inviterId != null) {
            notifications.tell(inviterId, invitation.getCustomerId(), invitation.getEmail()
                    + " asks for a new invitation to " + invitation.getCustomerName() + ": their link was "
                    + InvitationService.ended(invitation.state(now)) + ".");
        }
        audit.record(AuditService.Event.of(ANONYMOUS, AuditAction.INVITATION_REQUESTED, invitation.getCustomerId(),
                invitation.getCustomerName(), invitation.getEmail() + " asked " + invitation.getInvitedBy()
                        + " for a new invitation"));
    }

    private Optional<Invitation> find(String token) {
        return OneTimeLinks.find(token, invitations::findByTokenHash);
    }

    /** Why a link no longer lets the person join, in their words. */
    static InvalidInputException ended(LinkState state) {
        return new InvalidInputException(switch (state) {
            case USED -> "This invitation was used already: log in with the username you chose.";
            case EXPIRED -> "This invitation has expired.";
            case REVOKED -> "This invitation was withdrawn.";
            case REPLACED -> "A newer invitation mail replaced this one: use the link of the newest mail.";
            case UNKNOWN -> "This link is not one the console sent: check that you copied all of it.";
            case OPEN -> "This invitation still works.";
        });
    }
}
