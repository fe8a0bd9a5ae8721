package com.onboarding.console;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.onboarding.console.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.JsonConstants;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import tools.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: a mocked Vaadin environment on the real Spring context, with a user logged in
 * the way the login form would.
 */
public abstract class KaribuTest extends ConsoleTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.onboarding.console");
        // Karibu finds only views that declare HasErrorParameter themselves; the dead ends inherit it from DeadEnd,
        // so they are named here in place of Karibu's stand-ins, as Vaadin finds them in the running console.
        routes.getErrorRoutes().removeAll(Set.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class));
        routes.getErrorRoutes().addAll(Set.of(NotFoundView.class, NotAvailableView.class));
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        // Live updates still queued for the UI run while the session closes, as the user who had it open.
        MockVaadin.tearDown();
        logout();
    }

    /** Logs in a user of the database, as the login form does. */
    protected void login(String username) {
        loginAs(runAs(username));
    }

    /** Logs in a staff person through the identity provider, as the redirect login does. */
    protected void loginThroughProvider(String username, Role role) {
        loginAs(runAsSignedInThroughProvider(username, role));
    }

    private void loginAs(Authentication authentication) {
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, role) -> false);
        }
    }

    /** The browser window takes this size, as the browser reports a resize to the server once it settles. */
    protected void resizeWindow(int width, int height) {
        BasicUtilsKt._fireDomEvent(UI.getCurrent(), "window-resize", JsonNodeFactory.instance.objectNode()
                .put("event.w", width).put("event.h", height).put(JsonConstants.EVENT_DATA_PHASE,
                        JsonConstants.EVENT_PHASE_TRAILING));
    }
}
