package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class SecurityHeadersTest extends WebTest {

    @Autowired
    private WebApplicationContext context;

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

    /** A request that arrived over HTTPS (as the servlet container tells): HSTS is on it, and only on it. */
    @Test
    void hstsIsSentOverHttpsOnly() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(MockMvcRequestBuilders.get("/actuator/health").secure(true))
                .andExpect(MockMvcResultMatchers.header().string("Strict-Transport-Security",
                        "max-age=31536000 ; includeSubDomains"));
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health").secure(false))
                .andExpect(MockMvcResultMatchers.header().doesNotExist("Strict-Transport-Security"));
    }
}
