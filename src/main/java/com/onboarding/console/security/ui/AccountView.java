package com.onboarding.console.security.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.service.AccountService;
import com.onboarding.console.security.service.RepeatedPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/** Every user's own account: who they are logged in as, and changing their password. */
@Route("account")
@PageTitle("My account | AWS Onboarding Console")
@Menu(order = 9, icon = "vaadin:user", title = "My account")
@PermitAll
public class AccountView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat new password");
    private final Paragraph problem = new Paragraph();

    AccountView(AccountService account, CurrentUser currentUser) {
        var user = currentUser.require();
        var who = new Paragraph("Logged in as " + user.getUsername() + " (" + user.displayName() + "), role "
                + user.role().label() + ".");
        who.setId("account-user");

        password.setHelperText("At least 12 characters, not your username");
        problem.setId("password-problem");
        problem.addClassNames(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);
        var change = new Button("Change password", e -> change(account));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, password, repeat);
        form.setMaxWidth("40rem");

        add(new H2("My account"), who, new H3("Change password"), form, problem, change);
    }

    private void change(AccountService account) {
        try {
            account.changeOwnPassword(current.getValue(),
                    new RepeatedPassword(password.getValue(), repeat.getValue()).confirmed());
        } catch (InvalidInputException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        problem.setVisible(false);
        current.clear();
        password.clear();
        repeat.clear();
        Notification.show("Your password is changed.");
    }
}
