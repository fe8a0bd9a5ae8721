package com.onboarding.console.security.ui;

import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.security.LoginHint;
import com.onboarding.console.security.TypedUsername;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.service.LockoutSettings;
import com.onboarding.console.security.service.SingleSignOnSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | AWS Onboarding Console")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LockoutSettings lockout;
    private final SingleSignOnSettings sso;

    private final Paragraph loggedOut = new Paragraph("You have been logged out.");

    LoginView(LockoutSettings lockout, SingleSignOnSettings sso,
            ObjectProvider<ClientRegistrationRepository> providers, ObjectProvider<LoginHint> hints) {
        this.lockout = lockout;
        this.sso = sso;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        login.setAction("login");
        // Customer users get a reset link by mail; staff of single sign-on change their password at the provider.
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(LoginRoutes.FORGOT_PASSWORD)));

        add(new H1("AWS Onboarding Console"),
                new Paragraph("Onboard a customer's AWS organization onto the reseller's billing."));
        if (sso.enabled() && providers.getIfAvailable() != null) {
            // A plain link: the sign-in leaves the console for the provider, which Vaadin's router cannot do.
            var signIn = new Anchor("oauth2/authorization/" + sso.registrationId(),
                    "Sign in with " + sso.providerName());
            signIn.setId("sso-sign-in");
            signIn.setRouterIgnore(true);
            signIn.addClassName("sso-sign-in");
            add(signIn, new Paragraph(sso.staffPasswordLogin() ? "Staff sign in with " + sso.providerName()
                    + "; customers and staff without it log in with their password below."
                    : "Staff sign in with " + sso.providerName() + "; customers log in with their password below."));
        }
        loggedOut.setId("logged-out");
        loggedOut.setVisible(false);
        add(loggedOut, login);
        hints.orderedStream().forEach(hint -> {
            var line = new Paragraph(hint.text());
            line.addClassName("login-hint");
            add(line);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        boolean invalid = parameters.containsKey("invalid");
        loggedOut.setVisible(parameters.containsKey("logout"));
        login.setI18n(locked ? lockedMessage()
                : invalid ? message("Not a username", AppUser.USERNAME_RULE
                        + " Type it on a keyboard rather than pasting it.")
                : parameters.containsKey("staff-sso") ? message("Sign in with " + sso.providerName(),
                        "Staff sign in through " + sso.providerName() + ", not with a password: use the button"
                                + " above.")
                : parameters.containsKey("sso-failed") ? message("Sign-in with " + sso.providerName() + " failed",
                        sso.providerName() + " did not sign you in. Try again; if it keeps failing, ask the"
                                + " administrators of " + sso.providerName() + ".")
                : wrongPasswordMessage());
        login.setError(locked || invalid || parameters.containsKey("error") || parameters.containsKey("staff-sso")
                || parameters.containsKey("sso-failed"));
        TypedUsername.take(VaadinSession.getCurrent().getSession()).ifPresent(this::typeBack);
    }

    /** After a failed login the username is typed again for the person, who goes on with the password. */
    private void typeBack(String username) {
        // The form has no Java API for its fields: they are the web component's own, filled once it has rendered.
        login.getElement().setProperty("noAutofocus", true);
        login.getElement().executeJs("this.updateComplete.then(() => {"
                + " this.querySelector('#vaadinLoginUsername').value = $0;"
                + " this.querySelector('#vaadinLoginPassword').focus(); })", username);
    }

    private static LoginI18n message(String title, String text) {
        var i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(text);
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
