package com.onboarding.console.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One failed login for a username, whether or not such a user exists. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = AppUser.USERNAME_MAX)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
        this.username = "";
        this.failedAt = Instant.EPOCH;
    }

    public LoginFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = failedAt;
    }
}
