package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.SecurityFixtures;
import com.onboarding.console.security.domain.Role;
import java.util.List;
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

    private static final String PASSWORD = "a long enough secret";
    private static final String SOURCE = "203.0.113.7";

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

    @BeforeEach
    void setUp() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
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
            assertThat(e.getAction()).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(e.getSourceAddress()).isEqualTo(SOURCE);
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
            assertThat(e.getAction()).isEqualTo("LOGIN_FAILED");
            assertThat(e.getSourceAddress()).isEqualTo(SOURCE);
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
        assertThat(loginAudit(nobody)).hasSize(6).allSatisfy(e -> assertThat(e.getSourceAddress()).isEqualTo(SOURCE));
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

    private String newUser(Role role) {
        var username = unique("login");
        runAs("admin");
        admin.create(new UserDraft(username, "Login " + username, null, role, null), PASSWORD);
        SecurityFixtures.logout();
        return username;
    }

    private Authentication login(String username, String password) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(SOURCE, null));
        return manager.authenticate(request);
    }

    private List<AuditEntry> loginAudit(String username) {
        runAs("admin");
        try {
            return audit.search(new AuditFilter(null, username, null, null, null), 0, 50).stream()
                    .filter(e -> e.getAction().startsWith("LOGIN_"))
                    .toList();
        } finally {
            SecurityFixtures.logout();
        }
    }
}
