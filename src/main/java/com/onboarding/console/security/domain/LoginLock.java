package com.onboarding.console.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A username that may not log in until the given time, after too many failed logins. */
@Entity
@Table(name = "login_lock")
public class LoginLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = AppUser.USERNAME_MAX)
    private String username;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    protected LoginLock() {
        this.username = "";
        this.lockedUntil = Instant.EPOCH;
    }

    public LoginLock(String username, Instant lockedUntil) {
        this.username = username;
        this.lockedUntil = lockedUntil;
    }

    public String getUsername() {
        return username;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
