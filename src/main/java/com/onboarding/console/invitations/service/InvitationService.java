package com.onboarding.console.invitations.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.invitations.domain.Invitation;
import com.onboarding.console.invitations.domain.InvitationRepository;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.domain.LinkToken;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff invite a customer's people by e-mail, send an invitation again (the old link dies) and revoke one. Every
 * change is audited; the mail leaves after the commit.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final CustomerService customers;
    private final UserDirectory users;
    private final InvitationAccess access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InvitationSettings settings;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, CustomerService customers, UserDirectory users,
            InvitationAccess access, AuditService audit, ApplicationEventPublisher events, CurrentUser currentUser,
            InvitationSettings settings, Clock clock) {
        this.invitations = invitations;
        this.customers = customers;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public PeoplePage page(long customerId) {
        var customer = customers.get(customerId);
        var open = invitations.findOpen(customerId, clock.instant()).stream()
                .map(i -> new PeoplePage.OpenInvitation(i.id(), i.getEmail(), i.getInvitedBy(), i.getCreatedAt(),
                        i.getExpiresAt()))
                .toList();
        return new PeoplePage(customerId, customer.getName(), users.peopleOf(customerId), open,
                access.canInvite(customerId));
    }

    /** Sends a person of the customer a link to join; one open invitation per address. */
    @Transactional
    @PreAuthorize("@invitationAccess.canInvite(#customerId)")
    public void invite(long customerId, @Nullable String email) {
        var address = email(email);
        var customer = customers.get(customerId);
        if (users.peopleOf(customerId).stream().anyMatch(p -> address.equalsIgnoreCase(p.email()))) {
            throw new InvalidInputException(InvitationField.EMAIL, address + " already has a user of " + customer.getName()
                    + ": they log in with it, or reset their password from the login page.");
        }
        var now = clock.instant();
        invitations.findOpen(customerId, now).stream().filter(i -> i.getEmail().equalsIgnoreCase(address))
                .findFirst().ifPresent(open -> {
                    throw new InvalidInputException(InvitationField.EMAIL, address + " was invited on "
                            + LinkMail.time(open.getCreatedAt()) + " and the link still works: send it again"
                            + " from the list of invitations instead.");
                });
        send(customer, address, now);
        record(customer, AuditAction.INVITATION_SENT, "Invited " + address);
    }

    /** Sends the invitation again with a new link; the link of the earlier mail no longer works. */
    @Transactional
    @PreAuthorize("@invitationAccess.canInvite(#customerId)")
    public void resend(long customerId, long invitationId) {
        var invitation = load(customerId, invitationId);
        var now = clock.instant();
        var state = invitation.state(now);
        if (state == LinkState.USED || state == LinkState.REVOKED || state == LinkState.REPLACED) {
            throw new InvalidInputException("This invitation was " + ended(state)
                    + ": invite " + invitation.getEmail() + " anew if they still need to join.");
        }
        invitation.replace(now);
        var customer = customers.get(customerId);
        send(customer, invitation.getEmail(), now);
        record(customer, AuditAction.INVITATION_RESENT, "Sent the invitation of " + invitation.getEmail()
                + " again; the earlier link no longer works");
    }

    @Transactional
    @PreAuthorize("@invitationAccess.canInvite(#customerId)")
    public void revoke(long customerId, long invitationId) {
        var invitation = load(customerId, invitationId);
        var now = clock.instant();
        if (invitation.state(now) != LinkState.OPEN) {
            return;
        }
        invitation.revoke(now);
        record(customers.get(customerId), AuditAction.INVITATION_REVOKED,
                "Revoked the invitation of " + invitation.getEmail());
    }

    private void send(Customer customer, String address, Instant now) {
        var token = LinkToken.random();
        var expires = now.plus(settings.validity());
        var user = currentUser.require();
        invitations.save(new Invitation(customer.id(), customer.getName(), address, user.getUsername(), user.userId(), token, now,
                expires));
        events.publishEvent(new LinkMail(LinkMail.INVITATION, address, LoginRoutes.INVITATION_PATH, token,
                Map.of("customer", customer.getName(), "inviter", user.displayName(),
                        "expires", LinkMail.time(expires)),
                customer.id(), customer.getName()));
    }

    private Invitation load(long customerId, long invitationId) {
        return invitations.findById(invitationId).filter(i -> i.getCustomerId() == customerId)
                .orElseThrow(() -> new InvalidInputException("There is no invitation " + invitationId
                        + " of this customer: reload the page."));
    }

    static String ended(LinkState state) {
        return switch (state) {
            case USED -> "used already";
            case REVOKED -> "revoked";
            case REPLACED -> "replaced by a newer mail";
            case EXPIRED -> "expired";
            case OPEN, UNKNOWN -> state.name().toLowerCase(Locale.ROOT);
        };
    }

    static String email(@Nullable String input) {
        return EmailAddress.parse(InvitationField.EMAIL, TextInput.required(InvitationField.EMAIL, input, EmailAddress.MAX_LENGTH),
                "jane@example.com").value();
    }

    private void record(Customer customer, AuditAction action, String message) {
        audit.record(AuditService.Event.of(currentUser.name(), action, customer.id(), customer.getName(), message));
    }
}
