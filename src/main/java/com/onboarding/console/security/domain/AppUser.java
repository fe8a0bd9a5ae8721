package com.onboarding.console.security.domain;

import com.onboarding.console.base.domain.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A person who may log in. A CUSTOMER user is bound to exactly one customer. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int SSO_SUBJECT_MAX = 255;
    /**
     * ASCII only, checked before lower-casing: lookalikes such as a dotless i or the Kelvin sign, which
     * lower-case or compare to ASCII letters in some rules, are no username at all.
     */
    public static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{2," + USERNAME_MAX + "}");
    public static final String USERNAME_RULE = "Username may contain only letters a-z, digits and . _ @ - and"
            + " must be 2 to " + USERNAME_MAX + " characters long, such as jane.doe.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EmailAddress.MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "customer_id")
    private @Nullable Long customerId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The identity provider's subject of a staff user who signs in through single sign-on. */
    @Column(name = "sso_subject", length = SSO_SUBJECT_MAX)
    private @Nullable String ssoSubject;

    @Column(name = "dark_theme", nullable = false)
    private boolean darkTheme;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Changes with every change of what the user may do or how they log in; a session issued with another
     * value is no longer valid.
     */
    @Column(name = "access_version", nullable = false)
    private long accessVersion;

    @Version
    private long version;

    /**
     * The one form of a username, for storing, looking up and counting failed logins: trimmed and lower-cased,
     * or empty when what was typed cannot be a username.
     */
    public static Optional<String> normalise(String typed) {
        var username = typed.strip();
        return USERNAME.matcher(username).matches() ? Optional.of(username.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    protected AppUser() {
        // for JPA
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.CUSTOMER;
        this.createdAt = Instant.EPOCH;
    }

    public AppUser(String username, String displayName, String passwordHash, Role role,
            @Nullable Long customerId, Instant createdAt) {
        this.username = normalise(username).orElseThrow(() -> new IllegalArgumentException(USERNAME_RULE));
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        bind(role, customerId);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        accessVersion++;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getCustomerId() {
        return customerId;
    }

    /** Sets role and customer together: a CUSTOMER user has a customer, nobody else has one. */
    public void bind(Role role, @Nullable Long customerId) {
        if ((role == Role.CUSTOMER) != (customerId != null)) {
            throw new IllegalArgumentException(role == Role.CUSTOMER
                    ? "A customer user must be bound to a customer."
                    : "Only customer users are bound to a customer.");
        }
        this.role = role;
        this.customerId = customerId;
        accessVersion++;
    }

    public long getAccessVersion() {
        return accessVersion;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        accessVersion++;
    }

    public @Nullable String getSsoSubject() {
        return ssoSubject;
    }

    public void setSsoSubject(@Nullable String ssoSubject) {
        this.ssoSubject = ssoSubject;
    }

    public boolean isDarkTheme() {
        return darkTheme;
    }

    public void setDarkTheme(boolean darkTheme) {
        this.darkTheme = darkTheme;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
