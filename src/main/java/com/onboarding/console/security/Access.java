package com.onboarding.console.security;

import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks behind method security: the annotations of {@code base.access} (StaffOnly, OpsOrAdmin, ...) call these.
 * Services check here, so a forged route parameter or a direct call cannot reach another customer. For a
 * customer, the user's row is asked each time, not the login: a disabled user, or one whose role, customer or password changed since
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

    /*
     * The role checks read the authorities of the sign-in, as hasRole does: they also hold for work started
     * without a person, such as creating the first administrator at start-up.
     */

    public boolean isStaff() {
        return hasRoleWhere(Role::isStaff);
    }

    public boolean operatesAws() {
        return hasRoleWhere(Role::operatesAws);
    }

    @Transactional(readOnly = true)
    public boolean operatesAwsFor(long customerId) {
        return operatesAws() && canSeeCustomer(customerId);
    }

    public boolean isAdmin() {
        return hasRoleWhere(role -> role == Role.ADMIN);
    }

    private static boolean hasRoleWhere(Predicate<Role> rule) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Arrays.stream(Role.values()).filter(rule).anyMatch(role -> authorities.contains(role.authority()));
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
