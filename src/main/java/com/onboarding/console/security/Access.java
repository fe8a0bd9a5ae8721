package com.onboarding.console.security;

import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks behind method security: the annotations of {@code base.access} (StaffOnly, OpsOrAdmin, ...) call these.
 * Services check here, so a forged route parameter or a direct call cannot reach another customer. The user's
 * row is asked each time, not the login: a disabled user, or one whose role, customer or password changed since
 * the login, may no longer do anything with it. Vaadin's push bypasses servlet filters; this check it does not.
 */
@Component("access")
public class Access {

    private final CurrentUser currentUser;
    private final AppUserRepository users;

    Access(CurrentUser currentUser, AppUserRepository users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public boolean canSeeCustomer(long customerId) {
        return current().map(user -> user.canSeeCustomer(customerId)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isStaff() {
        return current().map(AppUserPrincipal::isStaff).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean operatesAws() {
        return current().map(AppUserPrincipal::operatesAws).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean operatesAwsFor(long customerId) {
        return current().map(user -> user.operatesAws() && user.canSeeCustomer(customerId)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isAdmin() {
        return current().map(user -> user.role() == Role.ADMIN).orElse(false);
    }

    private Optional<AppUserPrincipal> current() {
        return currentUser.get().filter(this::isCurrent);
    }

    /** Whether the user is still enabled and at the access version this principal was issued with. */
    @Transactional(readOnly = true)
    public boolean isCurrent(AppUserPrincipal user) {
        return users.isAccessCurrent(user.userId(), user.accessVersion());
    }
}
