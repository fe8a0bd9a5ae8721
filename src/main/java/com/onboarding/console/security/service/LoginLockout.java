package com.onboarding.console.security.service;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.LoginMark;
import com.onboarding.console.security.domain.LoginMark.Kind;
import com.onboarding.console.security.domain.LoginMarkRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    private final LoginMarkRepository marks;
    private final LockoutSettings settings;
    private final Clock clock;

    LoginLockout(LoginMarkRepository marks, LockoutSettings settings, Clock clock) {
        this.marks = marks;
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
        return Optional.ofNullable(lockedUntil(List.of(typedUsername)).get(key(typedUsername)));
    }

    /** The current locks of these usernames, keyed as {@link #key} gives them. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        var result = new HashMap<String, Instant>();
        var keys = usernames.stream().map(LoginLockout::key).toList();
        for (var lock : marks.findByUsernameInAndKindAndAtAfter(keys, Kind.LOCK, clock.instant())) {
            result.merge(lock.getUsername(), lock.getAt(), (a, b) -> a.isAfter(b) ? a : b);
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
        marks.deleteOlderThan(Kind.FAILURE, windowStart);
        marks.deleteOlderThan(Kind.LOCK, now);
        var key = key(typedUsername);
        marks.save(new LoginMark(key, Kind.FAILURE, now));
        if (marks.countByUsernameAndKindAndAtAfter(key, Kind.FAILURE, windowStart) < settings.maxFailures()) {
            return Optional.empty();
        }
        // The count starts afresh once the lock is over.
        marks.deleteForUsername(key, Kind.FAILURE);
        var until = now.plus(settings.duration());
        marks.save(new LoginMark(key, Kind.LOCK, until));
        return Optional.of(until);
    }

    /** A successful login forgets the earlier failures. */
    @Transactional
    public void recordSuccess(String username) {
        marks.deleteForUsername(key(username), Kind.FAILURE);
    }

    /** An administrator lifts a lock early. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(String username) {
        var key = key(username);
        marks.deleteForUsername(key, Kind.FAILURE);
        marks.deleteForUsername(key, Kind.LOCK);
    }

    public LockoutSettings settings() {
        return settings;
    }
}
