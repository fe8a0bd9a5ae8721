package com.onboarding.console.security.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.base.live.Change.UserAccessChanged;
import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.security.SingleSignOnUser;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Turns a person the identity provider signed in into a staff user of the console: the role comes from their
 * groups, never from a default; the user is created at the first sign-in and their name, e-mail address and role
 * follow the provider at each one. A disabled user stays out, whatever the provider says.
 */
@Service
public class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error codes the login failure handler turns into the "no access" page. */
    public static final String NO_ROLE = "console_no_role";
    public static final String DISABLED = "console_user_disabled";
    /** The password that no password matches: these users sign in through the provider only. */
    static final String NO_PASSWORD = "{sso}";

    private final OidcUserService provider = new OidcUserService();
    private final AppUserRepository users;
    private final SingleSignOnSettings settings;
    private final AuditService audit;
    private final LiveChanges changes;
    private final Clock clock;
    private final TransactionTemplate tx;

    SingleSignOn(AppUserRepository users, SingleSignOnSettings settings, AuditService audit, LiveChanges changes,
            Clock clock, PlatformTransactionManager transactions) {
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var person = provider.loadUser(request);
        var given = username(person);
        var username = AppUser.normalise(given).orElse("");
        if (username.isEmpty()) {
            refuse(given, NO_ROLE, "Refused single sign-on: " + AppUser.USERNAME_RULE);
        }
        var groups = groups(person.getAttribute(settings.roleClaim()));
        var role = settings.roleOf(groups);
        if (role.isEmpty()) {
            refuse(username, NO_ROLE, "Refused single sign-on: no group of " + username + " gives a role (groups: "
                    + SingleSignOnSettings.describe(groups) + ")");
        }
        var user = Objects.requireNonNull(tx.execute(status -> signIn(person, username, role.orElseThrow())));
        if (!user.isEnabled()) {
            refuse(user.getUsername(), DISABLED, "Refused single sign-on: the user is disabled");
        }
        return new SingleSignOnUser(Objects.requireNonNull(user.getId()), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.getAccessVersion(), person.getIdToken(), person.getUserInfo());
    }

    private AppUser signIn(OidcUser person, String username, Role role) {
        var displayName = cut(Optional.ofNullable(person.getFullName()).orElse(username),
                AppUser.DISPLAY_NAME_MAX);
        var email = person.getEmail() == null ? null : cut(person.getEmail(), EmailAddress.MAX_LENGTH);
        var known = users.findBySsoSubject(person.getSubject());
        if (known.isEmpty()) {
            var taken = users.findByUsername(username);
            if (taken.isPresent()) {
                // A user an administrator made before single sign-on: the provider's account takes it over
                // only for staff, never a customer's person who happens to share the name.
                if (taken.get().getRole() == Role.CUSTOMER || taken.get().getSsoSubject() != null) {
                    refuse(username, NO_ROLE, "Refused single sign-on: the username " + username
                            + " belongs to another user");
                }
                taken.get().setSsoSubject(person.getSubject());
                known = taken;
            }
        }
        var user = known.orElseGet(() -> newUser(person.getSubject(), username, displayName, role));
        if (!user.isEnabled()) {
            return user;
        }
        if (user.getRole() != role) {
            record(user.getUsername(), AuditAction.USER_CHANGED, "Single sign-on changed the role of "
                    + user.getUsername() + ": " + user.getRole() + " -> " + role);
            user.bind(role, null);
            // Pages still open with the former role end; this sign-in gets the new one.
            changes.publish(new UserAccessChanged(Objects.requireNonNull(user.getId())));
        }
        user.setDisplayName(displayName);
        user.setEmail(email);
        return user;
    }

    private AppUser newUser(String subject, String username, String displayName, Role role) {
        var user = new AppUser(username, displayName, NO_PASSWORD, role, null, clock.instant());
        user.setSsoSubject(subject);
        record(username, AuditAction.USER_CHANGED, "Single sign-on created user " + username + " (" + role + ")");
        return users.save(user);
    }

    /** The console's username: what the provider calls the person, their e-mail address, or its subject. */
    private static String username(OidcUser person) {
        var name = Optional.ofNullable(person.getPreferredUsername()).or(() -> Optional.ofNullable(person.getEmail()))
                .orElse(person.getSubject());
        return cut(name.strip(), AppUser.USERNAME_MAX);
    }

    /** The groups claim is a list in most providers and a single text in some. */
    private static Set<String> groups(@Nullable Object claim) {
        var groups = new LinkedHashSet<String>();
        if (claim instanceof Collection<?> list) {
            list.forEach(group -> groups.add(String.valueOf(group)));
        } else if (claim instanceof String group) {
            groups.add(group);
        }
        return groups;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Refused sign-ins stay in the audit trail although the sign-in's own changes are rolled back. */
    private void refuse(String username, String code, String message) {
        audit.recordAlone(AuditService.Event.of(LoginAudit.actor(username), AuditAction.LOGIN_FAILED, null, null,
                message));
        throw new OAuth2AuthenticationException(new OAuth2Error(code, message, null));
    }

    private void record(String username, AuditAction action, String message) {
        audit.record(AuditService.Event.of(LoginAudit.actor(username), action, null, null, message));
    }
}
