package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** With a management port of their own the actuator endpoints move there, with the same access rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
class ManagementPortTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private Environment environment;

    @Value("${console.management.scrape-password}")
    private String scrapePassword;

    @Test
    void endpointsAnswerOnTheManagementPortOnly() throws Exception {
        var management = environment.getRequiredProperty("local.management.port", Integer.class);
        var server = environment.getRequiredProperty("local.server.port", Integer.class);
        assertThat(management).isNotEqualTo(server);

        var health = get(management, "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get(management, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        var metrics = get(management, "/actuator/prometheus", "prometheus:" + scrapePassword);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");

        assertThat(get(server, "/actuator/health", null).body()).doesNotContain("\"status\":\"UP\"");
        assertThat(get(server, "/actuator/prometheus", "prometheus:" + scrapePassword).body())
                .doesNotContain("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(int port, String path, String basic) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basic != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
