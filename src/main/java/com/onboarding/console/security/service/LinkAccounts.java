package com.onboarding.console.security.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts a person opens or takes back through a one-time link from a mail, before they are logged in: the
 * caller has checked the link, so these methods are open to anonymous visitors. Each joins the caller's
 * transaction, so that the link is used up exactly when the account changes.
 */
@Service
@PreAuthorize("permitAll()")
public class LinkAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final AuditService audit;
    private final Clock clock;

    LinkAccounts(AppUserRepository users, PasswordEncoder passwords, AuditService audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new CUSTOMER user of this customer, with the password the invited person chose; they are signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AppUserPrincipal createCustomerUser(long customerId, String email, @Nullable String username,
            @Nullable String displayName, @Nullable String password) {
        var name = AppUser.normalise(TextInput.required(UserField.USERNAME, username, AppUser.USERNAME_MAX))
                .orElseThrow(() -> new InvalidInputException(UserField.USERNAME, AppUser.USERNAME_RULE));
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidInputException(UserField.USERNAME,
                    "The username " + name + " is taken: choose another one.");
        }
        var shownName = TextInput.required(UserField.OWN_NAME, displayName, AppUser.DISPLAY_NAME_MAX);
        var checked = PasswordRules.check(UserField.PASSWORD, password, name);
        var user = new AppUser(name, shownName, passwords.encode(checked), Role.CUSTOMER, customerId,
                clock.instant());
        user.setEmail(email);
        users.saveAndFlush(user);
        audit.record(AuditService.Event.of(name, AuditAction.USER_CHANGED, customerId, null,
                "Created user " + name + " (CUSTOMER of customer " + customerId + ") through an invitation"));
        return AppUserDetailsService.principal(user);
    }

    /** The enabled customer users with this e-mail address: whom a password reset for it goes to. */
    @Transactional(readOnly = true)
    public List<UserDirectory.Person> customerUsersWithEmail(String email) {
        return users.findByRoleAndEmailIgnoreCaseAndEnabledTrue(Role.CUSTOMER, email.strip()).stream()
                .map(user -> new UserDirectory.Person(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                        user.getEmail()))
                .toList();
    }

    /**
     * A new password from a reset link. It ends every session the user had (the access version changes with the
     * password) and signs them in afresh; a user disabled since the link was sent is refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AppUserPrincipal setPassword(long userId, @Nullable String password) {
        var user = users.findById(userId).filter(u -> u.isEnabled() && u.getRole() == Role.CUSTOMER)
                .orElseThrow(() -> new InvalidInputException("This user can no longer log in: ask your"
                        + " customer success manager."));
        var checked = PasswordRules.check(UserField.NEW_PASSWORD, password, user.getUsername());
        user.setPasswordHash(passwords.encode(checked));
        users.flush();
        return AppUserDetailsService.principal(user);
    }
}
