package com.onboarding.console.security;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.WebTest;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A session whose user was disabled since the login is logged out on its next request. */
class StaleSessionTest extends WebTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    private UserAdminService admin;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private UserDetailsService userDetails;

    @Test
    void aDisabledAdministratorsSessionNoLongerReadsTheMetrics() throws Exception {
        var username = unique("stale.admin");
        SecurityFixtures.runAs(userDetails, "admin");
        admin.create(new UserDraft(username, "Stale Admin", null, Role.ADMIN, null), PASSWORD);
        SecurityFixtures.logout();
        var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        assertThat(SecurityFixtures.postLogin(browser, uri("/login"), username, PASSWORD)).doesNotContain("/login");
        assertThat(metrics(browser)).isEqualTo(200);

        SecurityFixtures.runAs(userDetails, "admin");
        admin.setEnabled(Objects.requireNonNull(users.findByUsername(username).orElseThrow().getId()), false);
        SecurityFixtures.logout();

        assertThat(metrics(browser)).isEqualTo(401);
    }

    private int metrics(HttpClient browser) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
