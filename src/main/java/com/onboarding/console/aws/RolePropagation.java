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

    /** Tries until AWS does not refuse AssumeRole or the timeout is over; other failures end the attempts. */
    public Outcome assume(Runnable attempt) {
        var start = clock.instant();
        var wait = settings.firstRetry();
        while (true) {
            try {
                attempt.run();
                return new Outcome(Optional.empty(), Duration.between(start, clock.instant()));
            } catch (AwsCallException e) {
                if (e.reason() != Reason.ACCESS_DENIED) {
                    throw e;
                }
                var waited = Duration.between(start, clock.instant());
                var remaining = settings.timeout().minus(waited);
                if (!remaining.isPositive()) {
                    return new Outcome(Optional.of(e), waited);
                }
                var next = wait.compareTo(remaining) > 0 ? remaining : wait;
                log.info("AssumeRole refused, {} for {} ms", WAITING, next.toMillis());
                sleep(next);
                wait = wait.multipliedBy(2);
            }
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
