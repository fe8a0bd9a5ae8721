package com.onboarding.console.aws;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** The running thread waits. */
@Component
class ThreadSleeper implements Sleeper {

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
