package com.onboarding.console.aws;

import java.time.Clock;
import java.time.Duration;

/** Role propagation as tests outside a Spring context need it. */
public final class RolePropagations {

    private RolePropagations() {
    }

    /** A refused AssumeRole is named at once, without waiting. */
    public static RolePropagation immediate() {
        return new RolePropagation(new RolePropagationSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO),
                Clock.systemUTC(), duration -> {
                });
    }

    /** The sandbox's new roles are assumable at once. */
    public static RolePropagationSettings noDelay() {
        return new RolePropagationSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO);
    }
}
