package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.ui.ErrorReport;
import com.onboarding.console.security.SecurityFixtures;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdminServiceTest extends ConsoleTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    private UserAdminService admin;
    @Autowired
    private AuditService audit;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void logInAsAdmin() {
        runAs("admin");
    }

    @AfterEach
    void restore() {
        SecurityFixtures.logout();
    }

    @Test
    void createsUserWithHashedPasswordAndAuditsWithoutIt() {
        var username = unique("olga.ops");
        var id = admin.create(draft(username, Role.OPS, null), GOOD_PASSWORD);

        var stored = users.findById(id).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.OPS);
        assertThat(stored.getEmail()).isEqualTo(username + "@example.com");
        assertThat(stored.getPasswordHash()).isNotEqualTo(GOOD_PASSWORD);
        assertThat(passwords.matches(GOOD_PASSWORD, stored.getPasswordHash())).isTrue();
        var entries = audit.search(new AuditFilter(null, "admin", null, null, null), 0, 50).stream()
                .filter(e -> e.getAction() == AuditAction.USER_CHANGED && e.getMessage() != null
                        && e.getMessage().contains(username))
                .toList();
        assertThat(entries).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(GOOD_PASSWORD)
                        .isEqualTo("Created user " + username + " (OPS)"));
        assertThat(admin.list()).anySatisfy(u -> assertThat(u.username()).isEqualTo(username));
    }

    @Test
    void refusesPasswordsThatBreakTheRules() {
        var username = unique("pat.short");
        assertThatThrownBy(() -> admin.create(draft(username, Role.OPS, null), "elevenchars"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters").hasMessageContaining("has 11");
        assertThatThrownBy(() -> admin.create(draft(username, Role.OPS, null), null))
                .hasMessage("Password is required.");
        var longName = unique("samuel.sameasname");
        assertThatThrownBy(() -> admin.create(draft(longName, Role.OPS, null), longName.toUpperCase()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be the same as the username");
        assertThatThrownBy(() -> admin.create(draft(username, Role.OPS, null), "x".repeat(73)))
                .hasMessageContaining("at most 72 bytes");
        assertThat(users.findByUsername(username)).isEmpty();
        assertThat(users.findByUsername(longName)).isEmpty();
    }

    @Test
    void refusesBadUsernamesAndText() {
        assertThatThrownBy(() -> admin.create(draft("a", Role.OPS, null), GOOD_PASSWORD))
                .hasMessageContaining("2 to 64 characters");
        assertThatThrownBy(() -> admin.create(draft("two words", Role.OPS, null), GOOD_PASSWORD))
                .hasMessageContaining("only letters a-z, digits and . _ @ -");
        assertThatThrownBy(() -> admin.create(draft("x".repeat(65), Role.OPS, null), GOOD_PASSWORD))
                .hasMessageContaining("at most 64");
        assertThatThrownBy(() -> admin.create(new UserDraft(unique("ctl"), "Bell\u0007", null, Role.OPS, null),
                GOOD_PASSWORD)).hasMessageContaining("control character");
        assertThatThrownBy(() -> admin.create(new UserDraft(unique("long"), "n".repeat(AppUser.DISPLAY_NAME_MAX + 1),
                null, Role.OPS, null), GOOD_PASSWORD)).hasMessageContaining("at most " + AppUser.DISPLAY_NAME_MAX);
        assertThatThrownBy(() -> admin.create(draft("ADMIN", Role.OPS, null), GOOD_PASSWORD))
                .hasMessageContaining("is taken");
        assertThatThrownBy(() -> admin.create(new UserDraft(unique("mail"), "Mail", "not-an-address", Role.OPS,
                null), GOOD_PASSWORD)).hasMessageContaining("e-mail address");
    }

    @Test
    void customerUsersAndOnlyTheyAreBoundToACustomer() {
        var customerId = fixture().customer("Bound Ltd").id();
        assertThatThrownBy(() -> admin.create(draft(unique("cora"), Role.CUSTOMER, null), GOOD_PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be bound to a customer");
        assertThatThrownBy(() -> admin.create(draft(unique("otto"), Role.OPS, customerId), GOOD_PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only customer users are bound");
        assertThatThrownBy(() -> admin.create(draft(unique("nina"), Role.CUSTOMER, 987_654_321L), GOOD_PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("There is no customer 987654321");

        var id = admin.create(draft(unique("cora"), Role.CUSTOMER, customerId), GOOD_PASSWORD);
        assertThat(users.findById(id).orElseThrow().getCustomerId()).isEqualTo(customerId);

        assertThatThrownBy(() -> admin.changeRole(id, Role.CSM, customerId))
                .hasMessageContaining("Only customer users are bound");
        admin.changeRole(id, Role.CSM, null);
        var csm = users.findById(id).orElseThrow();
        assertThat(csm.getRole()).isEqualTo(Role.CSM);
        assertThat(csm.getCustomerId()).isNull();

        assertThatThrownBy(() -> admin.changeRole(id, Role.CUSTOMER, null))
                .hasMessageContaining("must be bound to a customer");
        var other = fixture().customer("Other Ltd").id();
        admin.changeRole(id, Role.CUSTOMER, other);
        assertThat(users.findById(id).orElseThrow().getCustomerId()).isEqualTo(other);
    }

    @Test
    void otherRefusalsOfTheDatabaseAreNotReportedAsAMissingCustomer() {
        var customerId = fixture().customer("Refusing Ltd").id();
        var username = unique("refused");
        jdbc.execute("alter table app_user add constraint ck_refused_in_test check (username <> '" + username + "')");
        try {
            assertThatThrownBy(() -> admin.create(draft(username, Role.CUSTOMER, customerId), GOOD_PASSWORD))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(e -> assertThat(ErrorReport.of(e).errorId()).isNotNull());
        } finally {
            jdbc.execute("alter table app_user drop constraint ck_refused_in_test");
        }
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void resetsPasswordsByTheRules() {
        var username = unique("rita.reset");
        var id = admin.create(draft(username, Role.CSM, null), GOOD_PASSWORD);
        assertThatThrownBy(() -> admin.resetPassword(id, "short")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> admin.resetPassword(id, username)).hasMessageContaining("must not be the same");

        admin.resetPassword(id, "another long secret");
        var hash = users.findById(id).orElseThrow().getPasswordHash();
        assertThat(passwords.matches("another long secret", hash)).isTrue();
        assertThat(passwords.matches(GOOD_PASSWORD, hash)).isFalse();
    }

    @Test
    void onlyAdministratorsManageUsers() {
        runAs("ops");
        assertThatThrownBy(() -> admin.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create(draft(unique("sneaky"), Role.ADMIN, null), GOOD_PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
    }

    static UserDraft draft(String username, Role role, @Nullable Long customerId) {
        return new UserDraft(username, "Name of " + username, username + "@example.com", role, customerId);
    }
}
