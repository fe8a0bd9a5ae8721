package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logins for tests that run without the Vaadin mock: acting as a user of the database, and no longer. */
public final class SecurityFixtures {

    private SecurityFixtures() {
    }

    /** Acts as this user of the database from now on in this thread, as after a login. */
    public static void runAs(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Posts the login form to {@code login} (the console's /login) and returns where the console sends the
     * browser next; the client must not follow redirects.
     */
    public static String postLogin(HttpClient http, URI login, String username, String password)
            throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("login answer").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
