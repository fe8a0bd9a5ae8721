package com.onboarding.console.security.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.live.Change.UserAccessChanged;
import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.AppUserRepository;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in person may do with their own account. */
@Service
@SignedIn
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final LoginLockout lockout;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final LiveChanges changes;

    AccountService(AppUserRepository users, PasswordEncoder passwords, LoginLockout lockout, AuditService audit,
            CurrentUser currentUser, LiveChanges changes) {
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    /**
     * The current password is asked again, so that an unattended session cannot take over the account; a wrong
     * one counts as a failed login of the user, from the address they logged in from.
     */
    @Transactional
    public void changeOwnPassword(@Nullable String currentPassword, @Nullable String newPassword) {
        var user = users.findById(currentUser.require().userId())
                .orElseThrow(() -> new InvalidInputException("Your user no longer exists."));
        checkCurrentPassword(user.getUsername(), user.getPasswordHash(), currentPassword);
        var password = PasswordRules.check(UserField.NEW_PASSWORD, newPassword, user.getUsername());
        if (password.equals(currentPassword)) {
            throw new InvalidInputException(UserField.NEW_PASSWORD,
                    "The new password must differ from the current one.");
        }
        user.setPasswordHash(passwords.encode(password));
        // Their other pages and devices end too: whoever else knew the old password is out.
        changes.publish(new UserAccessChanged(Objects.requireNonNull(user.getId())));
        audit.record(AuditService.Event.of(user.getUsername(), AuditAction.USER_CHANGED, null, null,
                "Changed own password"));
    }

    private void checkCurrentPassword(String username, String passwordHash, @Nullable String currentPassword) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var address = LoginLockout.address(authentication == null ? null : authentication.getDetails());
        var attempt = lockout.begin(username, address).orElseThrow(() -> new InvalidInputException(
                UserField.CURRENT_PASSWORD, "Your username is locked after too many wrong passwords: try again in "
                        + lockout.settings().duration().toMinutes() + " minutes."));
        if (currentPassword == null || !passwords.matches(currentPassword, passwordHash)) {
            lockout.failed(attempt);
            throw new InvalidInputException(UserField.CURRENT_PASSWORD, "The current password is not correct.");
        }
        lockout.succeeded(attempt);
    }
}
