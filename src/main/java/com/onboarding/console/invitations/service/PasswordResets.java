package com.onboarding.console.invitations.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.domain.LinkToken;
import com.onboarding.console.invitations.domain.PasswordReset;
import com.onboarding.console.invitations.domain.PasswordResetRepository;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.service.LinkAccounts;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer user who forgot their password asks for a link by mail and sets a new one with it. The answer to a
 * request is the same whether or not a user has the address, so that nobody learns who has a user.
 */
@Service
public class PasswordResets {

    private final PasswordResetRepository resets;
    private final LinkAccounts accounts;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final InvitationSettings settings;
    private final Clock clock;

    PasswordResets(PasswordResetRepository resets, LinkAccounts accounts, AuditService audit,
            ApplicationEventPublisher events, InvitationSettings settings, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Mails a link to every enabled customer user with this address, and to nobody else; the lookup runs whatever
     * the address, and the mail leaves after the commit, so an unknown address takes the same path and time.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void request(@Nullable String email) {
        var address = InvitationService.email(email);
        var now = clock.instant();
        var expires = now.plus(settings.resetValidity());
        for (var user : accounts.customerUsersWithEmail(address)) {
            var token = LinkToken.random();
            resets.save(new PasswordReset(user.id(), token, now, expires));
            events.publishEvent(new LinkMail(LinkMail.PASSWORD_RESET, Objects.requireNonNullElse(user.email(),
                    address), LoginRoutes.RESET_PASSWORD_PATH, token, Map.of("name", user.displayName(),
                    "username", user.username(), "expires", LinkMail.time(expires)), null, null));
            audit.record(AuditService.Event.of(InvitationLinks.ANONYMOUS, AuditAction.PASSWORD_RESET_REQUESTED,
                    null, null, "Mailed a password reset link for " + user.username() + " to " + address));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public LinkState open(String token) {
        return OneTimeLinks.find(token, resets::findByTokenHash).map(reset -> reset.state(clock.instant())).orElse(LinkState.UNKNOWN);
    }

    /** Sets the new password and uses the link up, both or neither; every earlier session of the user ends. */
    @Transactional
    @PreAuthorize("permitAll()")
    public AppUserPrincipal reset(String token, @Nullable String password) {
        var now = clock.instant();
        var reset = OneTimeLinks.open(token, resets::findByTokenHash, now, PasswordResets::ended);
        var user = accounts.setPassword(reset.getUserId(), password);
        reset.used(now);
        resets.flush();
        audit.record(AuditService.Event.of(user.getUsername(), AuditAction.PASSWORD_RESET_COMPLETED,
                user.customerId(), null, "Set a new password with a reset link"));
        return user;
    }

    static InvalidInputException ended(LinkState state) {
        return new InvalidInputException(switch (state) {
            case USED -> "This link was used already: ask for a new one if you need to set your password again.";
            case EXPIRED -> "This link has expired: ask for a new one.";
            case REVOKED, REPLACED, UNKNOWN -> "This link is not one the console sent: check that you copied all"
                    + " of it, or ask for a new one.";
            case OPEN -> "This link still works.";
        });
    }
}
