package com.onboarding.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The login page says where the person stands: logged out on purpose, or about to log in. */
class LoginViewTest extends KaribuTest {

    @Test
    void afterLogoutThePageSaysSo() {
        logout();
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("logout", "")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("logged-out")).getText())
                .isEqualTo("You have been logged out.");

        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).getChildren()).filteredOn(c -> c.getId().orElse("").equals("logged-out"))
                .singleElement().satisfies(c -> assertThat(c.isVisible()).isFalse());
    }
}
