package com.onboarding.console.security.ui;

import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.service.LockoutSettings;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | AWS Onboarding Console")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LockoutSettings lockout;

    LoginView(LockoutSettings lockout) {
        this.lockout = lockout;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(new H1("AWS Onboarding Console"),
                new Paragraph("Onboard a customer's AWS organization onto the reseller's billing."), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        boolean invalid = parameters.containsKey("invalid");
        login.setI18n(locked ? lockedMessage() : invalid ? invalidUsernameMessage() : wrongPasswordMessage());
        login.setError(locked || invalid || parameters.containsKey("error"));
    }

    private static LoginI18n invalidUsernameMessage() {
        var i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not a username");
        i18n.getErrorMessage().setMessage(AppUser.USERNAME_RULE + " Type it on a keyboard rather than pasting it.");
        return i18n;
    }

    private LoginI18n wrongPasswordMessage() {
        var i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check that you entered the right username and password and try again. "
                + "After " + lockout.maxFailures() + " failures the username is locked for your address for "
                + minutes(lockout) + ".");
        return i18n;
    }

    private LoginI18n lockedMessage() {
        var i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Username locked");
        i18n.getErrorMessage().setMessage("This username is locked after too many failed logins from your address,"
                + " or your address after too many failed logins from it. The lock lasts " + minutes(lockout)
                + ": try again later, or ask an administrator to unlock it.");
        return i18n;
    }

    private static String minutes(LockoutSettings lockout) {
        long minutes = Math.max(1, lockout.duration().toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
