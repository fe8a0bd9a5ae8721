package com.onboarding.console.security.service;

import com.onboarding.console.base.access.AdminOnly;
import com.onboarding.console.security.domain.LoginMark.Kind;
import com.onboarding.console.security.domain.LoginMark;
import com.onboarding.console.security.domain.LoginMarkRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username for an address, an address, or a username everywhere after too many failed password checks
 * within a window (see {@link LockoutSettings}). Kept in the database so that every instance sees the same
 * counts. Unknown usernames are counted like known ones, so the answer never tells whether a username exists.
 * Usernames are as {@link com.onboarding.console.security.domain.AppUser#normalise} gives them.
 */
@Service
public class LoginLockout {

    /** The address of a check that came with none (not through the web). */
    static final String UNKNOWN_ADDRESS = "unknown";

    /** A password check counted as failed before it is made; it stays a failure unless it succeeds. */
    public record Attempt(long markId, String username, String address) {
    }

    private final LoginMarkRepository marks;
    private final LockoutSettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LoginLockout(LoginMarkRepository marks, LockoutSettings settings, Clock clock,
            PlatformTransactionManager transactions) {
        this.marks = marks;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where a login came from, as its authentication details say. */
    static String address(@Nullable Object authenticationDetails) {
        var address = authenticationDetails instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (address == null || address.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        return address.length() <= LoginMark.ADDRESS_MAX ? address : address.substring(0, LoginMark.ADDRESS_MAX);
    }

    /**
     * Counts a password check as failed before it is made, each step committed on its own: the failure is
     * written and committed first, then counted, so that of any number of simultaneous checks only as many as
     * the limits allow see a count within them.
     *
     * @return the attempt to settle with {@link #failed} or {@link #succeeded}, or empty when a lock or a limit
     *         refuses the check
     */
    public Optional<Attempt> begin(String username, String address) {
        var now = clock.instant();
        var mark = ownTransaction.execute(tx -> {
            marks.deleteOlderThan(Kind.FAILURE, now.minus(settings.window()));
            marks.deleteOlderThan(Kind.LOCK, now);
            return marks.lockedUntil(username, address, now) != null ? null
                    : marks.save(LoginMark.failure(username, address, now));
        });
        if (mark == null) {
            return Optional.empty();
        }
        var attempt = new Attempt(Objects.requireNonNull(mark.getId()), username, address);
        // Counts before locks: a lock written meanwhile deletes the failures it counted.
        boolean refused = Boolean.TRUE.equals(ownTransaction.execute(tx -> beyondALimit(attempt, now)
                || marks.lockedUntil(username, address, now) != null));
        if (refused) {
            // Refused without a check: not a failure, and it does not lengthen a lock.
            ownTransaction.executeWithoutResult(tx -> marks.deleteIfPresent(attempt.markId()));
            return Optional.empty();
        }
        return Optional.of(attempt);
    }

    /**
     * The check failed: locks what reached its limit, and the count of what was locked starts afresh.
     *
     * @return the end of the lock this failure caused, if it caused one
     */
    public Optional<Instant> failed(Attempt attempt) {
        var now = clock.instant();
        return Optional.ofNullable(ownTransaction.execute(tx -> {
            var windowStart = now.minus(settings.window());
            var until = now.plus(settings.duration());
            Instant locked = null;
            if (marks.countByUsernameAndSourceAddressAndKindAndAtAfter(attempt.username(), attempt.address(),
                    Kind.FAILURE, windowStart) >= settings.maxFailures()) {
                marks.deleteForUsernameAndAddress(attempt.username(), attempt.address(), Kind.FAILURE);
                marks.save(LoginMark.lock(attempt.username(), attempt.address(), until));
                locked = until;
            }
            if (marks.countByUsernameAndKindAndAtAfter(attempt.username(), Kind.FAILURE, windowStart)
                    >= settings.maxFailuresPerUsername()) {
                marks.deleteForUsername(attempt.username(), Kind.FAILURE);
                marks.save(LoginMark.lock(attempt.username(), null, until));
                locked = until;
            }
            if (marks.countBySourceAddressAndKindAndAtAfter(attempt.address(), Kind.FAILURE, windowStart)
                    >= settings.maxFailuresPerAddress()) {
                marks.deleteForAddress(attempt.address(), Kind.FAILURE);
                marks.save(LoginMark.lock(null, attempt.address(), until));
                locked = until;
            }
            return locked;
        }));
    }

    /** The check succeeded: the username's earlier failures are forgotten, this one included. */
    public void succeeded(Attempt attempt) {
        ownTransaction.executeWithoutResult(tx -> marks.deleteForUsername(attempt.username(), Kind.FAILURE));
    }

    /** When the lock that refuses this username from this address ends, if one does. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        return Optional.ofNullable(marks.lockedUntil(username, address, clock.instant()));
    }

    /** The current locks of these usernames, from one address or from all, by username. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        var result = new HashMap<String, Instant>();
        for (var lock : marks.findByUsernameInAndKindAndAtAfter(usernames, Kind.LOCK, clock.instant())) {
            result.merge(Objects.requireNonNull(lock.getUsername()), lock.getAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return result;
    }

    /** An administrator lifts the locks of a username, from every address, before they end. */
    @Transactional
    @AdminOnly
    public void unlock(String username) {
        marks.deleteForUsername(username, Kind.FAILURE);
        marks.deleteForUsername(username, Kind.LOCK);
    }

    public LockoutSettings settings() {
        return settings;
    }

    /** Whether the failures counted so far, this attempt's included, exceed a limit. */
    private boolean beyondALimit(Attempt attempt, Instant now) {
        var windowStart = now.minus(settings.window());
        return marks.countByUsernameAndSourceAddressAndKindAndAtAfter(attempt.username(), attempt.address(),
                Kind.FAILURE, windowStart) > settings.maxFailures()
                || marks.countByUsernameAndKindAndAtAfter(attempt.username(), Kind.FAILURE, windowStart)
                        > settings.maxFailuresPerUsername()
                || marks.countBySourceAddressAndKindAndAtAfter(attempt.address(), Kind.FAILURE, windowStart)
                        > settings.maxFailuresPerAddress();
    }
}
