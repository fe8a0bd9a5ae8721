package com.onboarding.console.invitations.ui;

import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.invitations.service.PasswordResets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a customer user who forgot their password asks for a link to set a new one. */
@Route(value = LoginRoutes.FORGOT_PASSWORD, autoLayout = false)
@PageTitle("Forgot password | AWS Onboarding Console")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    static final String EMAIL = "forgot-email";
    static final String SEND = "send-reset-link";
    static final String ANSWER = "forgot-answer";

    ForgotPasswordView(PasswordResets resets) {
        setAlignItems(Alignment.CENTER);
        var email = new EmailField("Your e-mail address");
        email.setId(EMAIL);
        email.setMinWidth("20rem");
        var answer = new Paragraph();
        answer.setId(ANSWER);
        answer.setVisible(false);
        var send = new Button("Send me a link", e -> {
            try {
                resets.request(email.getValue());
            } catch (InvalidInputException problem) {
                email.setErrorMessage(problem.getMessage());
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            // The same answer for every address: whether a user has it is not revealed.
            answer.setText("If a customer user of the console has the address " + email.getValue().strip()
                    + ", a mail with a link to set a new password is on its way. Staff who sign in with their"
                    + " company account change their password there.");
            answer.setVisible(true);
        });
        send.setId(SEND);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password?"),
                new Paragraph("Type the e-mail address of your user; we mail you a link to set a new password."),
                email, send, answer, new Anchor("login", "Back to the login page"));
    }
}
