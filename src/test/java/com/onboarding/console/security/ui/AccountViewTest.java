package com.onboarding.console.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;

class AccountViewTest extends KaribuTest {

    @Test
    void refusedPasswordChangeSaysWhy() {
        login("csm");
        UI.getCurrent().navigate("account");
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-user")).getText()).contains("csm");

        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue("csm");
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("a long new secret");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat new password")).setValue("another secret!");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-problem")).getText()).contains("differ");

        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue("not the password");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat new password")).setValue("a long new secret");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-problem")).getText())
                .isEqualTo("The current password is not correct.");
    }
}
