package com.onboarding.console.security.service;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last enabled administrator stays. The test disables every other administrator, so it runs on a database of
 * its own: no other test ever sees the console without its administrators.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:last-admin-${random.uuid};DB_CLOSE_DELAY=-1")
class LastAdministratorTest extends ConsoleTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    @Autowired
    private UserAdminService admin;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        runAs("admin");
        var last = admin.create(UserAdminServiceTest.draft(unique("last.admin"), Role.ADMIN, null), GOOD_PASSWORD);
        leaveOnlyEnabledAdmin(last);

        assertThatThrownBy(() -> admin.setEnabled(last, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled administrator");
        for (var role : List.of(Role.OPS, Role.CSM)) {
            assertThatThrownBy(() -> admin.changeRole(last, role, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("last enabled administrator");
        }
        var customerId = fixture().customer("Demotion Ltd").id();
        assertThatThrownBy(() -> admin.changeRole(last, Role.CUSTOMER, customerId))
                .hasMessageContaining("last enabled administrator");
        var stored = users.findById(last).orElseThrow();
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getRole()).isEqualTo(Role.ADMIN);

        // With a second administrator the first may go.
        var second = admin.create(UserAdminServiceTest.draft(unique("second.admin"), Role.ADMIN, null), GOOD_PASSWORD);
        admin.setEnabled(last, false);
        assertThat(users.findById(last).orElseThrow().isEnabled()).isFalse();
        assertThatThrownBy(() -> admin.changeRole(second, Role.OPS, null))
                .hasMessageContaining("last enabled administrator");
        admin.setEnabled(last, true);
        admin.changeRole(second, Role.OPS, null);
        assertThat(users.findById(second).orElseThrow().getRole()).isEqualTo(Role.OPS);
    }

    /** Disables every other enabled administrator of this class's own database. */
    private void leaveOnlyEnabledAdmin(long keep) {
        transactions.executeWithoutResult(tx -> users.findByRoleAndEnabledTrueOrderByDisplayName(Role.ADMIN).stream()
                .filter(u -> u.getId() != null && u.getId() != keep)
                .forEach(u -> {
                    u.setEnabled(false);
                }));
        assertThat(users.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);
    }
}
