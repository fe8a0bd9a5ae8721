package com.onboarding.console.aws;

import com.onboarding.console.aws.AwsCallException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AssumeRole into a role that may have been created moments ago: refusals are retried with backoff until the
 * timeout, since IAM needs some seconds to propagate a new role and its trust policy.
 */
@Component
public class RolePropagation {

    /** What a person reads while the console waits. */
    public static final String WAITING = "waiting for IAM to propagate";

    private static final Logger log = LoggerFactory.getLogger(RolePropagation.class);

    private final RolePropagationSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;

    public RolePropagation(RolePropagationSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** How the attempts ended: the last refusal if the timeout ran out, and how long the console waited. */
    public record Outcome(Optional<AwsCallException> refusal, Duration waited) {
    }

    private static final Outcome AT_ONCE = new Outcome(Optional.empty(), Duration.ZERO);

    /** Tries until AWS does not refuse AssumeRole or the timeout is over; other failures end the attempts. */
    public Outcome assume(Runnable attempt) {
        return afterFirst(attempt(attempt), attempt);
    }

    /** Goes on from a first attempt made already: retries if AWS refused it. */
    public Outcome afterFirst(Optional<AwsCallException> firstAttempt, Runnable attempt) {
        return firstAttempt.map(refusal -> retry(refusal, attempt)).orElse(AT_ONCE);
    }

    /** One attempt: empty when AWS let the role be assumed, its refusal when not; other failures are thrown. */
    public Optional<AwsCallException> attempt(Runnable attempt) {
        try {
            attempt.run();
            return Optional.empty();
        } catch (AwsCallException e) {
            if (e.reason() != Reason.ACCESS_DENIED) {
                throw e;
            }
            return Optional.of(e);
        }
    }

    /** After a first refusal: waits with backoff and tries again until AWS lets the role be assumed or time is up. */
    private Outcome retry(AwsCallException firstRefusal, Runnable attempt) {
        var start = clock.instant();
        var wait = settings.firstRetry();
        var refusal = firstRefusal;
        while (true) {
            var waited = Duration.between(start, clock.instant());
            var remaining = settings.timeout().minus(waited);
            if (!remaining.isPositive()) {
                return new Outcome(Optional.of(refusal), waited);
            }
            var next = wait.compareTo(remaining) > 0 ? remaining : wait;
            log.info("AssumeRole refused, {} for {} ms", WAITING, next.toMillis());
            CallProgress.report("AssumeRole was refused, " + WAITING + ": trying again in " + next.toSeconds()
                    + " s (waited " + waited.toSeconds() + " s of at most " + settings.timeout().toSeconds() + " s)");
            sleep(next);
            wait = wait.multipliedBy(2);
            var again = attempt(attempt);
            if (again.isEmpty()) {
                return new Outcome(Optional.empty(), Duration.between(start, clock.instant()));
            }
            refusal = again.get();
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + WAITING, e);
        }
    }
}
