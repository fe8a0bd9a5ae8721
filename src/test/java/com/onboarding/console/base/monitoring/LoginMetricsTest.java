package com.onboarding.console.base.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

class LoginMetricsTest extends ConsoleTest {

    @Autowired
    private AuthenticationConfiguration authentication;

    @Autowired
    private MeterRegistry registry;

    @Test
    void countsLoginsByOutcome() throws Exception {
        var logins = authentication.getAuthenticationManager();
        double successes = count("success");
        double failures = count("failure");

        logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("csm", "csm"));
        assertThatThrownBy(() -> logins.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody-by-this-name", "guess")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(count("success")).isEqualTo(successes + 1);
        assertThat(count("failure")).isEqualTo(failures + 1);
    }

    private double count(String outcome) {
        return registry.get(LoginMetrics.NAME).tag("outcome", outcome).counter().count();
    }
}
