package com.onboarding.console.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.security.SecurityFixtures;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Single sign-on over HTTP through the real redirect flow: the console sends the browser to the provider, the
 * person logs in there, the provider sends them back with a code that the console exchanges for the ID token.
 */
class SingleSignOnTest extends SingleSignOnWebTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @Autowired
    private AppUserRepository users;
    @Autowired
    private AuditService audit;
    @Autowired
    private UserAdminService admin;
    @Autowired
    private UserDetailsService userDetails;

    @AfterEach
    void tearDown() {
        SecurityFixtures.logout();
    }

    @Test
    void aPersonInTheOpsGroupBecomesAnOpsUserAtTheFirstSignIn() throws Exception {
        var browser = new Browser();
        assertThat(browser.signIn("olivia.ops")).isEqualTo(console("/").toString());

        var user = users.findBySsoSubject("olivia.ops").orElseThrow();
        assertThat(user.getRole()).isEqualTo(Role.OPS);
        assertThat(user.getUsername()).isEqualTo("olivia.ops");
        assertThat(user.getDisplayName()).isEqualTo("Olivia Ops");
        assertThat(user.getEmail()).isEqualTo("olivia.ops@reseller.example");
        assertThat(browser.status("/customers")).as("a page for staff, signed in").isEqualTo(200);
        assertThat(new Browser().status("/customers")).as("the same page, not signed in").isEqualTo(302);

        SecurityFixtures.runAs(userDetails, "admin");
        assertThat(audit.search(new AuditFilter(null, "olivia.ops", null, null, null), 0, 50))
                .extracting(e -> e.getAction() + ": " + e.getMessage())
                .contains("USER_CHANGED: Single sign-on created user olivia.ops (OPS)", "LOGIN_SUCCEEDED: Logged in");
    }

    @Test
    void eachGroupGivesItsRoleAndAdministratorsWinOverOps() throws Exception {
        new Browser().signIn("carl.csm");
        new Browser().signIn("ada.admin");

        assertThat(users.findBySsoSubject("carl.csm").orElseThrow().getRole()).isEqualTo(Role.CSM);
        assertThat(users.findBySsoSubject("ada.admin").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aPersonWithoutAConsoleGroupSeesTheNoAccessPageAndGetsNoUser() throws Exception {
        var browser = new Browser();
        assertThat(browser.signIn("mark.marketing")).isEqualTo(console("/no-access").toString());

        assertThat(users.findBySsoSubject("mark.marketing")).isEmpty();
        assertThat(users.findByUsername("mark.marketing")).isEmpty();
        assertThat(browser.status("/customers")).as("still not signed in").isEqualTo(302);
        SecurityFixtures.runAs(userDetails, "admin");
        assertThat(audit.search(new AuditFilter(null, "mark.marketing", null, null, null), 0, 50))
                .singleElement().satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
                    assertThat(e.getMessage()).contains("no group", "everyone", "marketing");
                });
    }

    @Test
    void aDisabledUserIsRefusedAlthoughTheProviderSignsThemIn() throws Exception {
        new Browser().signIn("dora.disabled");
        SecurityFixtures.runAs(userDetails, "admin");
        admin.setEnabled(Objects.requireNonNull(users.findBySsoSubject("dora.disabled").orElseThrow().getId()), false);
        SecurityFixtures.logout();

        var browser = new Browser();
        assertThat(browser.signIn("dora.disabled")).isEqualTo(console("/no-access?disabled").toString());
        assertThat(browser.status("/customers")).isEqualTo(302);
    }

    @Test
    void staffNoLongerLogInWithAPasswordButCustomersDo() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        assertThat(SecurityFixtures.postLogin(http, console("/login"), "ops", "ops")).endsWith("/login?staff-sso");
        assertThat(SecurityFixtures.postLogin(http, console("/login"), "acme", "acme")).doesNotContain("/login");
    }

    /** One browser: its cookies, per host, and the redirects it follows. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        /** Cookies by host and port: Java's cookie store mixes up same-named cookies of two local servers. */
        private final Map<String, Map<String, String>> cookies = new HashMap<>();

        /** Signs in at the provider and returns where the console sends the browser afterwards. */
        String signIn(String username) throws IOException, InterruptedException {
            var atProvider = get(console("/oauth2/authorization/sso")).headers().firstValue("Location").orElseThrow();
            assertThat(atProvider).startsWith(TestIdentityProvider.issuer() + "/oauth2/authorize");
            var loginPage = follow(get(URI.create(atProvider)));
            assertThat(loginPage.uri().getPath()).isEqualTo("/login");
            var csrf = CSRF.matcher(loginPage.body());
            assertThat(csrf.find()).as("the provider's login form").isTrue();
            var form = "username=" + encode(username) + "&password=" + encode(TestIdentityProvider.PASSWORD)
                    + "&_csrf=" + encode(csrf.group(1));
            var loggedIn = send(HttpRequest.newBuilder(loginPage.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            // The provider goes on with the authorization and sends the code to the console, which answers.
            var response = loggedIn;
            while (response.statusCode() == 302) {
                var next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (next.getPort() == console("/").getPort() && !next.getPath().startsWith("/login/oauth2/code/")) {
                    return next.toString();
                }
                response = get(next);
            }
            throw new AssertionError("no redirect back to the console: " + response.statusCode() + " "
                    + response.uri());
        }

        int status(String path) throws IOException, InterruptedException {
            return get(console(path)).statusCode();
        }

        private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            // As a browser asks: the provider sends only such requests to its login page.
            return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            var uri = request.build().uri();
            var jar = cookies.computeIfAbsent(uri.getAuthority(), authority -> new HashMap<>());
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var cookie : response.headers().allValues("Set-Cookie")) {
                var pair = cookie.split(";", 2)[0].split("=", 2);
                jar.put(pair[0].strip(), pair.length > 1 ? pair[1] : "");
            }
            return response;
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            while (response.statusCode() == 302) {
                response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
            }
            return response;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
