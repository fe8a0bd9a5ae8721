package com.onboarding.console.security;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.AccountService;
import com.onboarding.console.security.service.UserAdminService;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A change of a user, by an administrator or by themselves, takes effect on the user's next call, not only at their next login. */
class AccessFollowsTheDatabaseTest extends ConsoleTest {

    @Autowired
    private ChecklistService checklist;
    @Autowired
    private UserAdminService admin;
    @Autowired
    private AccountService account;

    @Test
    void aDisabledCustomerUserCanNoLongerReachTheirChecklist() {
        assertRefusedAfter(id -> admin.setEnabled(id, false));
    }

    @Test
    void aCustomerUserBoundToAnotherCustomerNoLongerReachesTheFirst() {
        runAs("ops");
        var other = fixture().customer("Other").id();
        assertRefusedAfter(id -> admin.changeRole(id, Role.CUSTOMER, other));
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheSession() {
        assertRefusedAfter(id -> admin.resetPassword(id, "a brand new long secret"));
    }

    /** An OPS user made CSM no longer works on customers they are not the CSM of, from their open session on. */
    @Test
    void aStaffRoleChangeTakesEffectOnTheNextCall() {
        runAs("ops");
        var customer = fixture().customer("Role change").id();
        var person = fixture().user(Role.OPS, null);
        var session = runAs(person.getUsername());
        assertThat(checklist.page(customer)).isNotNull();

        runAs("admin");
        admin.changeRole(Objects.requireNonNull(person.getId()), Role.CSM, null);

        resume(session);
        assertThatThrownBy(() -> checklist.page(customer)).isInstanceOf(AuthorizationDeniedException.class);
    }

    /** Whoever else was logged in with the old password (another browser, another device) is out. */
    @Test
    void anOwnPasswordChangeEndsTheUsersOtherSessions() {
        runAs("ops");
        var customer = fixture().customer("Own password").id();
        var user = customerUser(unique("own"), customer);
        var elsewhere = runAs(user.getUsername());
        assertThat(checklist.page(customer)).isNotNull();

        runAs(user.getUsername());
        account.changeOwnPassword(user.getUsername(), "a brand new long secret");

        resume(elsewhere);
        assertThatThrownBy(() -> checklist.page(customer)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefusedAfter(Consumer<Long> change) {
        runAs("ops");
        var customer = fixture().customer("Acme").id();
        var user = customerUser(unique("acme"), customer);
        var session = runAs(user.getUsername());
        assertThat(checklist.page(customer)).isNotNull();

        runAs("admin");
        change.accept(Objects.requireNonNull(user.getId()));

        resume(session);
        assertThatThrownBy(() -> checklist.page(customer)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static void resume(Authentication session) {
        SecurityContextHolder.getContext().setAuthentication(session);
    }
}
