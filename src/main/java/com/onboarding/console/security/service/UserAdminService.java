package com.onboarding.console.security.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.access.AdminOnly;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.live.Change.UserAccessChanged;
import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.base.domain.TextInput;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage who may log in. Every change is audited (never a password), and no change may
 * leave the console without an enabled administrator.
 */
@Service
@AdminOnly
public class UserAdminService {

    /** Constraints of the app_user table (see the migrations) whose violation the person can act on. */
    private static final String CUSTOMER_REFERENCE = "fk_app_user_customer";
    private static final String UNIQUE_USERNAME = "uk_app_user_username";

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final LoginLockout lockout;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final LiveChanges changes;
    private final Clock clock;

    UserAdminService(AppUserRepository users, PasswordEncoder passwords, LoginLockout lockout, AuditService audit,
            CurrentUser currentUser, LiveChanges changes, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.currentUser = currentUser;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        var all = users.findAllByOrderByUsername();
        var locks = lockout.lockedUntil(all.stream().map(AppUser::getUsername).toList());
        return all.stream().map(u -> new UserSummary(Objects.requireNonNull(u.getId()), u.getUsername(),
                u.getDisplayName(), u.getEmail(), u.getRole(), u.getCustomerId(), u.isEnabled(),
                locks.get(u.getUsername()))).toList();
    }

    @Transactional
    public long create(UserDraft draft, @Nullable String password) {
        var username = AppUser.normalise(TextInput.required(UserField.USERNAME, draft.username(), AppUser.USERNAME_MAX))
                .orElseThrow(() -> new InvalidInputException(UserField.USERNAME, AppUser.USERNAME_RULE));
        users.findByUsername(username).ifPresent(other -> {
            throw new InvalidInputException(UserField.USERNAME, "The username " + other.getUsername()
                    + " is taken: choose another one.");
        });
        var displayName = TextInput.required(UserField.DISPLAY_NAME, draft.displayName(), AppUser.DISPLAY_NAME_MAX);
        var email = email(draft.email());
        var role = requireRole(draft.role());
        checkBinding(role, draft.customerId());
        var checkedPassword = PasswordRules.check(UserField.PASSWORD, password, username);
        var user = new AppUser(username, displayName, passwords.encode(checkedPassword), role, draft.customerId(),
                clock.instant());
        user.setEmail(email);
        write(user, () -> users.save(user));
        recordChange("Created user " + username + " (" + describeRole(role, draft.customerId()) + ")");
        return Objects.requireNonNull(user.getId());
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        var user = load(userId);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            keepAnAdministrator(user);
        }
        user.setEnabled(enabled);
        changes.publish(new UserAccessChanged(userId));
        recordChange((enabled ? "Enabled user " : "Disabled user ") + user.getUsername());
    }

    /** Gives a user a new role; the customer is required for the CUSTOMER role and refused for the others. */
    @Transactional
    public void changeRole(long userId, @Nullable Role role, @Nullable Long customerId) {
        var user = load(userId);
        var newRole = requireRole(role);
        checkBinding(newRole, customerId);
        if (user.getRole() == newRole && Objects.equals(user.getCustomerId(), customerId)) {
            return;
        }
        if (newRole != Role.ADMIN) {
            keepAnAdministrator(user);
        }
        var before = describeRole(user.getRole(), user.getCustomerId());
        write(user, () -> user.bind(newRole, customerId));
        changes.publish(new UserAccessChanged(userId));
        recordChange("Changed the role of " + user.getUsername() + ": " + before + " -> "
                + describeRole(newRole, customerId));
    }

    @Transactional
    public void resetPassword(long userId, @Nullable String newPassword) {
        var user = load(userId);
        var password = PasswordRules.check(UserField.NEW_PASSWORD, newPassword, user.getUsername());
        user.setPasswordHash(passwords.encode(password));
        changes.publish(new UserAccessChanged(userId));
        recordChange("Set a new password for " + user.getUsername());
    }

    /** Lifts a lock from too many failed logins before it ends. */
    @Transactional
    public void unlock(long userId) {
        var user = load(userId);
        lockout.unlock(user.getUsername());
        recordChange("Unlocked the login of " + user.getUsername());
    }

    private AppUser load(long userId) {
        return users.findById(userId)
                .orElseThrow(() -> new InvalidInputException("There is no user " + userId + "."));
    }

    /** Refuses a change that takes this user out of the enabled administrators when nobody else is one. */
    private void keepAnAdministrator(AppUser user) {
        if (user.getRole() != Role.ADMIN || !user.isEnabled()) {
            return;
        }
        var otherAdmins = users.lockEnabledAdmins().stream()
                .filter(admin -> !Objects.equals(admin.getId(), user.getId()))
                .count();
        if (otherAdmins == 0) {
            throw new InvalidInputException(user.getUsername() + " is the last enabled administrator:"
                    + " make another user an administrator first, so that someone can still manage users.");
        }
    }

    private static Role requireRole(@Nullable Role role) {
        if (role == null) {
            throw new InvalidInputException(UserField.ROLE, "Role is required: choose one of "
                    + String.join(", ", Arrays.stream(Role.values()).map(Role::label).toList()) + ".");
        }
        return role;
    }

    private static void checkBinding(Role role, @Nullable Long customerId) {
        if (role == Role.CUSTOMER && customerId == null) {
            throw new InvalidInputException(UserField.CUSTOMER,
                    "A customer user must be bound to a customer: choose the customer this person works for.");
        }
        if (role != Role.CUSTOMER && customerId != null) {
            throw new InvalidInputException(UserField.CUSTOMER, "Only customer users are bound to a customer: clear the"
                    + " customer or choose the role " + Role.CUSTOMER.label() + ".");
        }
    }

    /**
     * Writes now, so that what the database refuses is reported here rather than at commit: a customer that
     * does not exist, or a username another administrator took meanwhile. Any other refusal is unexpected
     * and goes on as it is, to be shown with an error id.
     */
    private void write(AppUser user, Runnable change) {
        try {
            change.run();
            users.flush();
        } catch (DataIntegrityViolationException e) {
            var constraint = violatedConstraint(e);
            if (CUSTOMER_REFERENCE.equalsIgnoreCase(constraint)) {
                throw new InvalidInputException(UserField.CUSTOMER,
                        "There is no customer " + user.getCustomerId() + ": choose one from the list.");
            }
            if (UNIQUE_USERNAME.equalsIgnoreCase(constraint)) {
                throw new InvalidInputException(UserField.USERNAME, "The username " + user.getUsername()
                        + " is taken: choose another one.");
            }
            throw e;
        }
    }

    private static @Nullable String violatedConstraint(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    private static @Nullable String email(@Nullable String input) {
        var email = TextInput.optional(UserField.EMAIL, input, EmailAddress.MAX_LENGTH);
        return email == null ? null : EmailAddress.parse(UserField.EMAIL, email, "jane@example.com").value();
    }

    private static String describeRole(Role role, @Nullable Long customerId) {
        return customerId == null ? role.name() : role.name() + " of customer " + customerId;
    }

    private void recordChange(String message) {
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.USER_CHANGED, null, null, message));
    }
}
