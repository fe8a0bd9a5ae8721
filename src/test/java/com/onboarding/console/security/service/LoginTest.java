package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.SecurityFixtures;
import com.onboarding.console.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Logins through the console's AuthenticationManager, as the login form does them. */
class LoginTest extends ConsoleTest {

    private static final AtomicInteger SOURCES = new AtomicInteger();

    private static final String PASSWORD = "a long enough secret";
    private static final String OTHER_SOURCE = "203.0.113.250";

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    private UserAdminService admin;
    @Autowired
    private AccountService account;
    @Autowired
    private AuditService audit;
    @Autowired
    private UserDetailsService userDetails;

    private AuthenticationManager manager;
    /** Each test's own, so that the per-address limit of one test does not refuse another's logins. */
    private String source = "";

    @BeforeEach
    void setUp() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        source = "203.0.113." + SOURCES.incrementAndGet();
    }

    @AfterEach
    void tearDown() {
        SecurityFixtures.logout();
    }

    @Test
    void successfulLoginIsAuditedWithTheSourceAddress() {
        var username = newUser(Role.OPS);

        var result = login(username, PASSWORD);

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(AppUserPrincipal.class,
                p -> assertThat(p.role()).isEqualTo(Role.OPS));
        assertThat(loginAudit(username)).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
            assertThat(e.getSourceAddress()).isEqualTo(source);
        });
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
        var username = newUser(Role.CSM);
        for (int i = 0; i < 5; i++) {
            var wrong = "wrong password " + i;
            assertThatThrownBy(() -> login(username, wrong)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> login(username.toUpperCase(), PASSWORD)).isInstanceOf(LockedException.class);

        var entries = loginAudit(username);
        assertThat(entries).hasSize(7).allSatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(e.getSourceAddress()).isEqualTo(source);
            assertThat(e.getMessage()).doesNotContain("wrong password").doesNotContain(PASSWORD);
        });
        assertThat(entries).extracting(AuditEntry::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("Wrong username or password; username locked until"))
                .anySatisfy(m -> assertThat(m).isEqualTo("Refused: the username is locked"));

        // An administrator lifts the lock.
        runAs("admin");
        var id = admin.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(id.lockedUntil()).isNotNull();
        admin.unlock(id.id());
        SecurityFixtures.logout();
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownUsernamesFailAndLockLikeKnownOnes() {
        var nobody = unique("nobody");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(nobody, PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(nobody, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(loginAudit(nobody)).hasSize(6).allSatisfy(e -> assertThat(e.getSourceAddress()).isEqualTo(source));
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        var username = newUser(Role.OPS);
        runAs(username);
        assertThatThrownBy(() -> account.changeOwnPassword("not my password", "a new long secret"))
                .hasMessage("The current password is not correct.");
        assertThatThrownBy(() -> account.changeOwnPassword(PASSWORD, "too short"))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> account.changeOwnPassword(PASSWORD, username.toUpperCase() + "  "))
                .hasMessageContaining("must not be the same as the username");
        assertThatThrownBy(() -> account.changeOwnPassword(PASSWORD, PASSWORD))
                .hasMessageContaining("must differ from the current one");

        account.changeOwnPassword(PASSWORD, "a new long secret");
        SecurityFixtures.logout();

        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(login(username, "a new long secret").isAuthenticated()).isTrue();
        runAs("admin");
        assertThat(audit.search(new AuditFilter(null, username, null, null, null), 0, 50))
                .anySatisfy(e -> assertThat(e.getMessage()).isEqualTo("Changed own password"));
    }

    @Test
    void aBurstOfParallelWrongPasswordsGetsNoMoreChecksThanTheLimit() throws Exception {
        var username = newUser(Role.OPS);
        var ready = new CountDownLatch(1);
        var results = new ArrayList<Future<Class<?>>>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                var wrong = "wrong password " + i;
                Callable<Class<?>> attempt = () -> {
                    ready.await();
                    try {
                        login(username, wrong);
                        return Authentication.class;
                    } catch (RuntimeException e) {
                        return e.getClass();
                    }
                };
                results.add(pool.submit(attempt));
            }
            ready.countDown();
        }
        var outcomes = new ArrayList<Class<?>>();
        for (var result : results) {
            outcomes.add(result.get());
        }
        // At most five wrong passwords are checked; every other attempt is refused as locked, unchecked.
        var checked = outcomes.stream().filter(BadCredentialsException.class::equals).count();
        assertThat(checked).isBetween(0L, 5L);
        assertThat(outcomes).allMatch(c -> c == BadCredentialsException.class || c == LockedException.class);
        // Wrong passwords after the burst are checked only until the five checks in all are reached, then locked.
        var later = 0;
        while (later <= 5 && !(attemptOutcome(username, "wrong again") instanceof LockedException)) {
            later++;
        }
        assertThat(checked + later).as("wrong passwords checked in all").isLessThanOrEqualTo(5);
        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);
    }

    private RuntimeException attemptOutcome(String username, String password) {
        try {
            login(username, password);
            throw new AssertionError("a wrong password logged in");
        } catch (BadCredentialsException | LockedException e) {
            return e;
        }
    }

    @Test
    void aLookalikeOfAUsernameIsNoUsernameAtAll() {
        var username = newUser(Role.ADMIN, unique("kim.admin"));
        assertThat(login("  " + username.toUpperCase(Locale.ROOT) + " ", PASSWORD).isAuthenticated()).isTrue();
        SecurityFixtures.logout();

        // A dotless i and the Kelvin sign upper-case to ASCII letters; neither logs in nor counts for anyone.
        var dotless = username.replace("admin", "adm\u0131n");
        for (var lookalike : List.of(dotless, username.replace("kim", "\u212Aim"))) {
            assertThatThrownBy(() -> login(lookalike, PASSWORD)).isInstanceOf(InvalidUsernameException.class)
                    .hasMessageContaining("only letters a-z");
        }
        assertThat(loginAudit(dotless)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMessage()).isEqualTo("Refused: not a username"));
    }

    @Test
    void someoneWhoKnowsAStaffUsernameLocksItOnlyFromTheirOwnAddress() {
        var username = newUser(Role.OPS);
        for (int i = 0; i < 5; i++) {
            var wrong = "wrong password " + i;
            assertThatThrownBy(() -> login(username, wrong)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);

        assertThat(login(username, PASSWORD, OTHER_SOURCE).isAuthenticated()).isTrue();
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordChangeCountAsFailedLogins() {
        var username = newUser(Role.CSM);
        runAs(username);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> account.changeOwnPassword("not my password", "a new long secret"))
                    .hasMessage("The current password is not correct.");
        }
        assertThatThrownBy(() -> account.changeOwnPassword(PASSWORD, "a new long secret"))
                .hasMessageContaining("locked after too many wrong passwords");
        SecurityFixtures.logout();

        runAs("admin");
        assertThat(admin.list()).filteredOn(u -> u.username().equals(username)).singleElement()
                .satisfies(u -> assertThat(u.lockedUntil()).isNotNull());
    }

    private String newUser(Role role) {
        return newUser(role, unique("login"));
    }

    private String newUser(Role role, String username) {
        runAs("admin");
        admin.create(new UserDraft(username, "Login " + username, null, role, null), PASSWORD);
        SecurityFixtures.logout();
        return username;
    }

    private Authentication login(String username, String password) {
        return login(username, password, source);
    }

    private Authentication login(String username, String password, String from) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(from, null));
        return manager.authenticate(request);
    }

    private List<AuditEntry> loginAudit(String username) {
        runAs("admin");
        try {
            return audit.search(new AuditFilter(null, username, null, null, null), 0, 50).stream()
                    .filter(e -> e.getAction().name().startsWith("LOGIN_"))
                    .toList();
        } finally {
            SecurityFixtures.logout();
        }
    }
}
