package com.onboarding.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

/** A failed login puts the username back on the login page, never the password, and only once. */
class TypedUsernameTest extends KaribuTest {

    private static final String PASSWORD = "the wrong secret";

    @Test
    void theLoginPageAfterAFailureHasTheUsernameAndNotThePassword() throws Exception {
        var response = failLogin(" jane.doe ", PASSWORD);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(parametersSent()).containsExactly("jane.doe").doesNotContain(PASSWORD);

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "x")));
        assertThat(parametersSent()).as("a second visit starts empty").isEmpty();
    }

    @Test
    void textThatCannotBeAUsernameIsNotKept() throws Exception {
        failLogin("correct horse battery staple", PASSWORD);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("invalid", "")));
        assertThat(parametersSent()).isEmpty();
    }

    /** Runs the console's failure handler on the Vaadin session's own HTTP session, as the login form's post. */
    private static MockHttpServletResponse failLogin(String username, String password) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setSession(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession());
        request.addParameter("username", username);
        request.addParameter("password", password);
        var response = new MockHttpServletResponse();
        SecurityConfig.loginFailureHandler().onAuthenticationFailure(request, response,
                new BadCredentialsException("Bad credentials"));
        return response;
    }

    /** What the page sent the login form to run, such as the username to type in. */
    private static List<String> parametersSent() {
        // No component lookup here: it runs a round trip, which sends the calls to the (mock) browser.
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> Element.get(invocation.getOwner()).getTag().equals("vaadin-login-form"))
                .map(PendingJavaScriptInvocation::getInvocation)
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast)
                .toList();
    }
}
