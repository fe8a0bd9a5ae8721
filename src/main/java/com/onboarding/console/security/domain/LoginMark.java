package com.onboarding.console.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the login lockout remembers about a username, whether or not such a user exists: a failed login,
 * or a lock that those failures caused.
 */
@Entity
@Table(name = "login_mark")
public class LoginMark {

    public enum Kind {
        /** A failed login; {@code at} is when it happened. */
        FAILURE,
        /** The username is locked; {@code at} is when the lock ends. */
        LOCK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = AppUser.USERNAME_MAX)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    protected LoginMark() {
        this.username = "";
        this.kind = Kind.FAILURE;
        this.at = Instant.EPOCH;
    }

    public LoginMark(String username, Kind kind, Instant at) {
        this.username = username;
        this.kind = kind;
        this.at = at;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAt() {
        return at;
    }
}
