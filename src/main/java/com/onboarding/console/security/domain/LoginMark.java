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
 * What the login lockout remembers, whether or not such a user exists: a failed login of a username from a
 * source address, or a lock those failures caused, of a username from one address, of a username from
 * everywhere (no address) or of an address for every username (no username).
 */
@Entity
@Table(name = "login_mark")
public class LoginMark {

    /** The longest source address kept: an IPv6 address with a zone fits. */
    public static final int ADDRESS_MAX = 64;

    public enum Kind {
        /** A failed login; {@code at} is when it happened. */
        FAILURE,
        /** A lock; {@code at} is when it ends. */
        LOCK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = AppUser.USERNAME_MAX)
    private @Nullable String username;

    @Column(name = "source_address", length = ADDRESS_MAX)
    private @Nullable String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    protected LoginMark() {
        this.kind = Kind.FAILURE;
        this.at = Instant.EPOCH;
    }

    private LoginMark(@Nullable String username, @Nullable String sourceAddress, Kind kind, Instant at) {
        if (username == null && sourceAddress == null) {
            throw new IllegalArgumentException("A login mark is of a username, an address or both.");
        }
        this.username = username;
        this.sourceAddress = sourceAddress;
        this.kind = kind;
        this.at = at;
    }

    public static LoginMark failure(String username, String sourceAddress, Instant at) {
        return new LoginMark(username, sourceAddress, Kind.FAILURE, at);
    }

    /** A lock of the username from the address, of the username (address null) or of the address (username null). */
    public static LoginMark lock(@Nullable String username, @Nullable String sourceAddress, Instant until) {
        return new LoginMark(username, sourceAddress, Kind.LOCK, until);
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable String getSourceAddress() {
        return sourceAddress;
    }

    public Instant getAt() {
        return at;
    }
}
