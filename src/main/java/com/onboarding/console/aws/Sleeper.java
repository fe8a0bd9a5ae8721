package com.onboarding.console.aws;

import java.time.Duration;

/** Waits; injected so that retries in tests take no time. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
