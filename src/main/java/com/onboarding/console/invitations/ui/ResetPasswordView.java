package com.onboarding.console.invitations.ui;

import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.service.PasswordResets;
import com.onboarding.console.security.SessionSignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the link of a password reset mail leads: the customer user sets a new password and is logged in. */
@Route(value = LoginRoutes.RESET_PASSWORD, autoLayout = false)
@PageTitle("Set a new password | AWS Onboarding Console")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    static final String STATE = "reset-state";
    static final String SET = "set-password";

    private final PasswordResets resets;
    private final SessionSignIn signIn;
    private final ChosenPassword password = new ChosenPassword("reset", "New password");
    private String token = "";

    ResetPasswordView(PasswordResets resets, SessionSignIn signIn) {
        this.resets = resets;
        this.signIn = signIn;
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(LoginRoutes.TOKEN).orElse("");
        removeAll();
        var state = new Paragraph();
        state.setId(STATE);
        add(new H1("Set a new password"), state);
        var link = resets.open(token);
        if (link == LinkState.OPEN) {
            state.setText("Choose a new password for the AWS Onboarding Console. Your sessions elsewhere end.");
            var set = new Button("Set password", e -> set());
            set.setId(SET);
            set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var form = new FormLayout(password.password, password.repeat);
            form.setMaxWidth("40rem");
            add(form, password.problem, set);
        } else {
            state.setText(link == LinkState.USED
                    ? "This link was used already: log in with your new password, or ask for a new link."
                    : link == LinkState.EXPIRED ? "This link has expired: ask for a new one."
                    : "This link is not one the console sent, or it was cut off: copy the whole link from the"
                            + " mail, or ask for a new one.");
            add(new Anchor(LoginRoutes.FORGOT_PASSWORD, "Ask for a new link"));
        }
        add(new Anchor("login", "Go to the login page"));
    }

    private void set() {
        password.submit(chosen -> resets.reset(token, chosen)).ifPresent(user -> {
            signIn.signIn(user);
            // A new page load, so that the whole console sees the new login; the home page leads to the checklist.
            getUI().ifPresent(ui -> ui.getPage().setLocation(""));
        });
    }
}
