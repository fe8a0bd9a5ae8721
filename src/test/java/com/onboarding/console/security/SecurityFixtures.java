package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users, customers and logins for tests that share one database: every name is new. */
public final class SecurityFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

    /** A username nobody else uses, such as {@code prefix-17-4821}. */
    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(10_000);
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

    /** Creates a customer with a fresh account id; needs a staff user logged in. */
    public static long newCustomer(CustomerService customers, String name) {
        var accountId = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
        return Objects.requireNonNull(customers.create(
                new CustomerDraft(unique(name), accountId, null, "DE", null, null, null)).getId());
    }
}
