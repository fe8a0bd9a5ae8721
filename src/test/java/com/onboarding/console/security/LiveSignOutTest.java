package com.onboarding.console.security;

import static com.onboarding.console.TestFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page left open by a user whose access an administrator changes ends within seconds: its session is
 * invalidated and the page is sent to the login, without the user doing anything.
 */
class LiveSignOutTest extends KaribuTest {

    @Autowired
    private UserAdminService admin;

    private long customerId;
    private AppUser person;

    @BeforeEach
    void aCustomerUserWithTheirChecklistOpen() {
        runAs("ops");
        customerId = fixture().customer("Live sign-out").id();
        person = customerUser(unique("live"), customerId);
        login(person.getUsername());
        UI.getCurrent().navigate("customers/" + customerId);
    }

    @Test
    void disablingTheUserEndsTheirOpenPage() {
        assertSignedOutAfter(id -> admin.setEnabled(id, false));
    }

    @Test
    void bindingTheUserToAnotherCustomerEndsTheirOpenPage() {
        runAs("ops");
        var other = fixture().customer("Live sign-out, other").id();
        assertSignedOutAfter(id -> admin.changeRole(id, Role.CUSTOMER, other));
    }

    @Test
    void aNewPasswordEndsTheirOpenPage() {
        assertSignedOutAfter(id -> admin.resetPassword(id, "a brand new long secret"));
    }

    @Test
    void aChangeOfAnotherUserLeavesThePageOpen() {
        var colleague = customerUser(unique("colleague"), customerId);
        var http = httpSession();
        var ui = UI.getCurrent();
        // What the page had already sent to the browser.
        ui.getInternals().dumpPendingJavaScriptInvocations();

        runAs("admin");
        admin.setEnabled(Objects.requireNonNull(colleague.getId()), false);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return http.isValid();
        });
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations()).noneMatch(LiveSignOutTest::toLogin);
    }

    private void assertSignedOutAfter(Consumer<Long> change) {
        var ui = UI.getCurrent();
        var http = httpSession();

        runAs("admin");
        change.accept(Objects.requireNonNull(person.getId()));

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !http.isValid();
        });
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations()).anyMatch(LiveSignOutTest::toLogin);
    }

    /** What Page.setLocation("login") sends. */
    private static boolean toLogin(PendingJavaScriptInvocation js) {
        return js.getInvocation().getExpression().contains("window.open")
                && js.getInvocation().getParameters().contains("login");
    }

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }
}
