package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.LoginFailure;
import com.onboarding.console.security.domain.LoginFailureRepository;
import com.onboarding.console.security.domain.LoginLock;
import com.onboarding.console.security.domain.LoginLockRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username after too many failed logins within a window. Kept in the database so that every
 * instance of the console sees the same count. Unknown usernames are counted like known ones, so the
 * answer never tells whether a username exists.
 */
@Service
public class LoginLockout {

    private final LoginFailureRepository failures;
    private final LoginLockRepository locks;
    private final LockoutSettings settings;
    private final Clock clock;

    LoginLockout(LoginFailureRepository failures, LoginLockRepository locks, LockoutSettings settings, Clock clock) {
        this.failures = failures;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    /** The name as the lockout counts it: what was typed, trimmed, lower-cased, cut to the column. */
    public static String key(String typedUsername) {
        var key = typedUsername.strip().toLowerCase(Locale.ROOT);
        return key.length() <= AppUser.USERNAME_MAX ? key : key.substring(0, AppUser.USERNAME_MAX);
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String typedUsername) {
        return locks.findByUsernameAndLockedUntilAfter(key(typedUsername), clock.instant()).stream()
                .map(LoginLock::getLockedUntil)
                .max(Comparator.naturalOrder());
    }

    /** The current locks of these usernames, keyed as {@link #key} gives them. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        var result = new HashMap<String, Instant>();
        var keys = usernames.stream().map(LoginLockout::key).toList();
        for (var lock : locks.findByUsernameInAndLockedUntilAfter(keys, clock.instant())) {
            result.merge(lock.getUsername(), lock.getLockedUntil(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return result;
    }

    /**
     * Counts a failed login and locks the username when it reaches the limit.
     *
     * @return the end of the lock this failure caused, if it caused one
     */
    @Transactional
    public Optional<Instant> recordFailure(String typedUsername) {
        var now = clock.instant();
        var windowStart = now.minus(settings.window());
        failures.deleteOlderThan(windowStart);
        locks.deleteExpired(now);
        var key = key(typedUsername);
        failures.save(new LoginFailure(key, now));
        if (failures.countByUsernameAndFailedAtAfter(key, windowStart) < settings.maxFailures()) {
            return Optional.empty();
        }
        // The count starts afresh once the lock is over.
        failures.deleteForUsername(key);
        var until = now.plus(settings.duration());
        locks.save(new LoginLock(key, until));
        return Optional.of(until);
    }

    /** A successful login forgets the earlier failures. */
    @Transactional
    public void recordSuccess(String username) {
        failures.deleteForUsername(key(username));
    }

    /** An administrator lifts a lock early. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(String username) {
        var key = key(username);
        failures.deleteForUsername(key);
        locks.deleteForUsername(key);
    }

    public LockoutSettings settings() {
        return settings;
    }
}
