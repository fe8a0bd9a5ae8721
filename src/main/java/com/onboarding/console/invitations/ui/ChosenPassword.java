package com.onboarding.console.invitations.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.service.RepeatedPassword;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The password a person chooses on the page of a one-time link, typed twice, and what was wrong with it. */
final class ChosenPassword {

    final PasswordField password;
    final PasswordField repeat;
    final Paragraph problem = new Paragraph();

    /** @param page the start of the fields' ids, such as {@code invitation} for {@code invitation-password} */
    ChosenPassword(String page, String label) {
        password = new PasswordField(label);
        password.setId(page + "-password");
        password.setHelperText("At least 12 characters, not your username");
        repeat = new PasswordField("Repeat " + label.toLowerCase(Locale.ROOT));
        repeat.setId(page + "-repeat");
        problem.setId(page + "-problem");
        problem.addClassNames(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);
    }

    /** Makes the change with the password; when it is refused, the page says why and nothing is signed in. */
    Optional<AppUserPrincipal> submit(Function<String, AppUserPrincipal> change) {
        try {
            var chosen = new RepeatedPassword(password.getValue(), repeat.getValue()).confirmed();
            return Optional.of(change.apply(chosen));
        } catch (InvalidInputException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return Optional.empty();
        }
    }
}
