package com.onboarding.console.security.service;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logins of customers' people as the invitations see them: who a customer has, a new user from an accepted
 * invitation, a new password from a reset link. Its callers have checked the link first; the username of an
 * invited person is their e-mail address.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerLogins {

    /** A customer's user as the people page lists them. */
    public record CustomerUser(long id, String username, String displayName, @Nullable String email,
            boolean enabled) {
    }

    /** An address that can be a username too: letters, digits and . _ - @ as for every username. */
    private static final Pattern ADDRESS = Pattern.compile("[a-z0-9._-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    CustomerLogins(AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** The address as it is stored and compared: without spaces, in lower case; refused when it cannot be one. */
    public static String address(@Nullable String input) {
        var address = input == null ? "" : input.strip().toLowerCase(java.util.Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidInputException("Email", "Email is required: the address the invitation goes to.");
        }
        if (address.length() > AppUser.USERNAME_MAX || !ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException("Email", "Email must be an e-mail address such as jane@example.com, of"
                    + " at most " + AppUser.USERNAME_MAX + " characters, with only letters a-z, digits and . _ -"
                    + " before the @: it becomes the person's username.");
        }
        return address;
    }

    @PreAuthorize("@access.canSeeCustomer(#customerId) and !hasRole('CUSTOMER')")
    @Transactional(readOnly = true)
    public List<CustomerUser> ofCustomer(long customerId) {
        return users.findByCustomerIdOrderByUsername(customerId).stream()
                .map(u -> new CustomerUser(Objects.requireNonNull(u.getId()), u.getUsername(), u.getDisplayName(),
                        u.getEmail(), u.isEnabled()))
                .toList();
    }

    /** Whether anybody has this username already, for an invitation that would make it. */
    @PreAuthorize("!hasRole('CUSTOMER')")
    public boolean taken(String address) {
        return users.findByUsernameIgnoreCase(address).isPresent();
    }

    /** The enabled customer user with this address, to whom a reset link may go. */
    @PreAuthorize("permitAll()")
    public Optional<Long> enabledCustomerUser(String address) {
        return users.findByEmailIgnoreCaseAndRole(address, Role.CUSTOMER).stream()
                .filter(AppUser::isEnabled).map(AppUser::getId).filter(Objects::nonNull).findFirst();
    }

    /** The user of an accepted invitation; the password follows the rules of every password. */
    @PreAuthorize("permitAll()")
    public AppUserPrincipal create(String address, String displayName, long customerId, @Nullable String password) {
        if (users.findByUsernameIgnoreCase(address).isPresent()) {
            throw new InvalidInputException("Email", "There is a user " + address + " already: log in, or ask for"
                    + " a new password with \"Forgot password\".");
        }
        var checked = PasswordRules.check("Password", password, address);
        var user = new AppUser(address, displayName, passwords.encode(checked), Role.CUSTOMER, customerId,
                clock.instant());
        user.setEmail(address);
        return AppUserDetailsService.principal(users.saveAndFlush(user));
    }

    /** Sets the password of a reset link; a user disabled since the link was sent gets none. */
    @PreAuthorize("permitAll()")
    public AppUserPrincipal setPassword(long userId, @Nullable String password) {
        var user = users.findById(userId).filter(AppUser::isEnabled).filter(u -> u.getRole() == Role.CUSTOMER)
                .orElseThrow(() -> new InvalidInputException("Link", "This link no longer works: the user is"
                        + " disabled. Ask your customer success manager."));
        var checked = PasswordRules.check("Password", password, user.getUsername());
        user.setPasswordHash(passwords.encode(checked));
        return AppUserDetailsService.principal(user);
    }
}
