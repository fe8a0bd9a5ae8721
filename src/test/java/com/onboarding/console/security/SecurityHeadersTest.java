package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest extends WebTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/customers", "/admin/users", "/no-such-page", "/actuator/health"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        // HSTS only over HTTPS, where a browser can trust it.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
