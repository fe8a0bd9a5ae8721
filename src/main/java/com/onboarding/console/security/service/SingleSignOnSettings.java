package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on for staff through the company's OpenID Connect provider. The provider itself (issuer, client id
 * and secret) is the standard registration {@code spring.security.oauth2.client.registration.<registrationId>}.
 *
 * @param enabled offer "Sign in with ..." on the login page
 * @param registrationId the client registration of the provider
 * @param providerName the provider's name as people know it, on the login button
 * @param roleClaim the claim of the ID token or user info that lists the person's groups (or app roles)
 * @param groups per role, the groups that give it; a person in none of them has no access
 * @param staffPasswordLogin whether staff may still log in with a password while single sign-on is on
 */
@ConfigurationProperties("console.security.sso")
public record SingleSignOnSettings(@DefaultValue("false") Boolean enabled, @DefaultValue("sso") String registrationId,
        @DefaultValue(DEFAULT_PROVIDER_NAME) String providerName, @DefaultValue(DEFAULT_ROLE_CLAIM) String roleClaim,
        Map<Role, List<String>> groups, @DefaultValue("true") Boolean staffPasswordLogin) {

    /** Who wins when a person is in groups of several roles: the first of these. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.OPS, Role.CSM);

    static final String DEFAULT_PROVIDER_NAME = "your company account";
    static final String DEFAULT_ROLE_CLAIM = "groups";

    public SingleSignOnSettings {
        // The CONSOLE_SSO_* variables reach these through application.properties, where an unset one is empty: an
        // empty switch binds as its default, hence Boolean, and an empty text is replaced here.
        providerName = providerName.isBlank() ? DEFAULT_PROVIDER_NAME : providerName;
        roleClaim = roleClaim.isBlank() ? DEFAULT_ROLE_CLAIM : roleClaim;
        groups = groups == null ? Map.of() : groups.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(String::strip).filter(g -> !g.isEmpty()).toList()));
        if (groups.containsKey(Role.CUSTOMER)) {
            throw new IllegalArgumentException("console.security.sso.groups.customer is set: single sign-on is for"
                    + " staff only; map groups to ops, csm or admin.");
        }
        if (enabled && groups.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("console.security.sso.enabled is true but no group gives a role: set"
                    + " console.security.sso.groups.ops, .csm or .admin (CONSOLE_SSO_OPS_GROUPS, ...).");
        }
    }

    /** The role these groups give, or none when no group is mapped to one. */
    public Optional<Role> roleOf(Set<String> memberOf) {
        var byRole = new EnumMap<Role, List<String>>(Role.class);
        byRole.putAll(groups);
        return PRECEDENCE.stream()
                .filter(role -> byRole.getOrDefault(role, List.of()).stream().anyMatch(memberOf::contains))
                .findFirst();
    }

    /** Whether the password form refuses staff: only while they have single sign-on instead. */
    boolean staffOnlyThroughProvider() {
        return enabled && !staffPasswordLogin;
    }

    static String describe(@Nullable Set<String> groups) {
        return groups == null || groups.isEmpty() ? "none" : groups.stream().sorted().collect(Collectors.joining(", "));
    }
}
