package com.onboarding.console.security;

import com.onboarding.console.security.domain.AppUserRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenant checks for method security: {@code @PreAuthorize("@access.canSeeCustomer(#customerId)")}.
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
        return currentUser.get().filter(this::isCurrent).map(user -> user.canSeeCustomer(customerId)).orElse(false);
    }

    /** Whether the user is still enabled and at the access version this principal was issued with. */
    @Transactional(readOnly = true)
    public boolean isCurrent(AppUserPrincipal user) {
        return users.isAccessCurrent(user.userId(), user.accessVersion());
    }
}
