package com.onboarding.console.base.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts logins by outcome ({@code console.logins{outcome=success|failure}}), e.g. to alert on guessing. */
@Component
class LoginMetrics {

    static final String NAME = "console.logins";

    private final Counter successes;
    private final Counter failures;

    LoginMetrics(MeterRegistry registry) {
        successes = counter(registry, "success");
        failures = counter(registry, "failure");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        successes.increment();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failures.increment();
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(NAME).description("Login attempts by outcome").tag("outcome", outcome)
                .register(registry);
    }
}
