package com.onboarding.console.security;

import com.onboarding.console.security.domain.Role;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the console knows it: id, role and, for CUSTOMER users, their customer. Open for
 * {@link SingleSignOnUser}, the same user signed in through the identity provider.
 */
public class AppUserPrincipal implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable Long customerId;
    private final boolean enabled;
    private @Nullable String passwordHash;
    private final long accessVersion;

    /** @param accessVersion the user's access version this principal was issued with */
    public AppUserPrincipal(long userId, String username, String displayName, Role role,
            @Nullable Long customerId, boolean enabled, @Nullable String passwordHash, long accessVersion) {
        this.accessVersion = accessVersion;
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.customerId = customerId;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    public long accessVersion() {
        return accessVersion;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long customerId() {
        return customerId;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean operatesAws() {
        return role.operatesAws();
    }

    public boolean canSeeCustomer(long id) {
        return isStaff() || (customerId != null && customerId == id);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return username + " (" + role + ")";
    }
}
