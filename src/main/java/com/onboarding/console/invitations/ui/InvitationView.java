package com.onboarding.console.invitations.ui;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.TextLimit;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.service.InvitationLinks;
import com.onboarding.console.security.SessionSignIn;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.service.UserField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;

/**
 * Where the link of an invitation mail leads: the person chooses their username and password, joins, and lands
 * on their checklist. A link that no longer works says why and lets them ask for a new invitation.
 */
@Route(value = LoginRoutes.INVITATION, autoLayout = false)
@PageTitle("Your invitation | AWS Onboarding Console")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver {

    static final String JOIN = "join";
    static final String ASK = "ask-for-new-invitation";
    static final String STATE = "invitation-state";
    static final String ASKED = "invitation-asked";

    private final InvitationLinks links;
    private final SessionSignIn signIn;
    private final TextField username = new TextField("Username");
    private final TextField name = new TextField("Your name");
    private final ChosenPassword password = new ChosenPassword("invitation", "Password");
    private String token = "";

    InvitationView(InvitationLinks links, SessionSignIn signIn) {
        this.links = links;
        this.signIn = signIn;
        setAlignItems(Alignment.CENTER);
        username.setId("invitation-username");
        username.setHelperText("Letters a-z, digits and . _ @ -; you log in with it");
        username.setMaxLength(AppUser.USERNAME_MAX);
        name.setId("invitation-name");
        TextLimit.count(name, UserField.OWN_NAME, AppUser.DISPLAY_NAME_MAX);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(LoginRoutes.TOKEN).orElse("");
        show(links.open(token));
    }

    private void show(InvitationLinks.InvitationLink link) {
        removeAll();
        add(new H1("AWS Onboarding Console"));
        var state = new Paragraph();
        state.setId(STATE);
        add(state);
        if (link.state() == LinkState.OPEN) {
            state.setText("You are invited to join " + link.customerName() + " as " + link.email()
                    + ". Choose your username and password; this link works once, until "
                    + DisplayTime.format(link.expiresAt()) + ".");
            username.setValue(link.email().length() <= AppUser.USERNAME_MAX ? link.email() : "");
            var join = new Button("Join", e -> join());
            join.setId(JOIN);
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var form = new FormLayout(username, name, password.password, password.repeat);
            form.setMaxWidth("40rem");
            password.problem.setVisible(false);
            add(form, password.problem, join);
            return;
        }
        state.setText(switch (link.state()) {
            case USED -> "This invitation was used already. Log in with the username and password you chose; if"
                    + " you forgot the password, the login page lets you set a new one.";
            case EXPIRED -> "This invitation has expired: its link worked until "
                    + DisplayTime.format(link.expiresAt()) + ".";
            case REVOKED -> "This invitation was withdrawn by " + link.customerName() + "'s reseller.";
            case REPLACED -> "A newer mail replaced this invitation: use the link of the newest mail.";
            case UNKNOWN, OPEN -> "This link is not one the console sent, or it was cut off: copy the whole"
                    + " link from the mail into the address bar.";
        });
        if (link.state() != LinkState.UNKNOWN && link.state() != LinkState.USED) {
            if (link.renewalAsked()) {
                var asked = new Paragraph("You asked for a new invitation; it will come by mail.");
                asked.setId(ASKED);
                add(asked);
            } else {
                var ask = new Button("Ask for a new invitation", e -> {
                    links.askForNew(token);
                    show(links.open(token));
                });
                ask.setId(ASK);
                add(ask);
            }
        }
        add(new Anchor("login", "Go to the login page"));
    }

    private void join() {
        password.submit(chosen -> links.accept(token, username.getValue(), name.getValue(), chosen))
                .ifPresent(user -> {
                    signIn.signIn(user);
                    // A new page load, so that the whole console sees the new login.
                    getUI().ifPresent(ui -> ui.getPage().setLocation(
                            CustomerRoutes.checklist(Objects.requireNonNull(user.customerId()))));
                });
    }
}
