package com.onboarding.console;

import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context every test that talks HTTP to the running console shares: the same configuration as
 * {@link ConsoleTest}, served on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
public abstract class WebTest {

    /** Follows no redirects, so tests see where the console sends the browser. */
    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
