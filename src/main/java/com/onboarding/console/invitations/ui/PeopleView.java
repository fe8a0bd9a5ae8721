package com.onboarding.console.invitations.ui;

import com.onboarding.console.security.domain.Role;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.ViewHeader;
import com.onboarding.console.invitations.service.InvitationService;
import com.onboarding.console.invitations.service.PeoplePage;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A customer's people: the users who log in for it and the invitations whose link still works. The customer's CSM,
 * AWS Ops and administrators invite here, send an invitation again and revoke one; other staff only look.
 */
@Route(CustomerRoutes.PEOPLE)
@PageTitle("People | AWS Onboarding Console")
@RolesAllowed({Role.Names.OPS, Role.Names.CSM, Role.Names.ADMIN})
public class PeopleView extends VerticalLayout implements BeforeEnterObserver {

    static final String INVITE = "invite";
    static final String EMAIL = "invite-email";
    static final String NO_INVITING = "no-inviting";
    static final String ACTIONS = "actions";

    private final InvitationService invitations;
    private final Grid<UserDirectory.Person> users = new Grid<>();
    private final Grid<PeoplePage.OpenInvitation> open = new Grid<>();
    private final EmailField email = new EmailField("E-mail address");
    private final VerticalLayout content = new VerticalLayout();
    private final Grid.Column<PeoplePage.OpenInvitation> actions;
    private long customerId;

    PeopleView(InvitationService invitations) {
        this.invitations = invitations;
        setSizeFull();
        content.setPadding(false);
        users.setId("people-users");
        users.addColumn(UserDirectory.Person::displayName).setHeader("Name");
        users.addColumn(UserDirectory.Person::username).setHeader("Username");
        users.addColumn(p -> p.email() == null ? "" : p.email()).setHeader("E-mail");
        users.setAllRowsVisible(true);
        open.setId("people-invitations");
        open.addColumn(PeoplePage.OpenInvitation::email).setHeader("E-mail");
        open.addColumn(PeoplePage.OpenInvitation::invitedBy).setHeader("Invited by");
        open.addColumn(i -> DisplayTime.format(i.sentAt())).setHeader("Sent");
        open.addColumn(i -> DisplayTime.format(i.expiresAt())).setHeader("Link works until");
        actions = open.addComponentColumn(this::actions).setKey(ACTIONS);
        open.setAllRowsVisible(true);
        email.setId(EMAIL);
        email.setPlaceholder("jane@example.com");
        email.setMinWidth("20rem");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getRouteParameters().getLong(CustomerRoutes.CUSTOMER_ID).orElse(-1L);
        try {
            show(invitations.page(customerId));
        } catch (AccessDeniedException | InvalidInputException e) {
            // Another customer's page is answered like a missing one: its existence is not revealed.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(PeoplePage page) {
        content.removeAll();
        var back = new Anchor(CustomerRoutes.checklist(page.customerId()), "Back to the checklist");
        content.add(new ViewHeader("People of " + page.customerName(), back));
        content.add(new H3("Users"));
        users.setItems(page.users());
        content.add(page.users().isEmpty() ? new Paragraph("Nobody logs in for " + page.customerName() + " yet.")
                : users);
        content.add(new H3("Open invitations"));
        actions.setVisible(page.canInvite());
        open.setItems(page.invitations());
        content.add(page.invitations().isEmpty() ? new Paragraph("No invitation is waiting to be used.") : open);
        if (page.canInvite()) {
            var invite = new Button("Invite", e -> invite());
            invite.setId(INVITE);
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var form = new HorizontalLayout(email, invite);
            form.setAlignItems(Alignment.BASELINE);
            content.add(new H3("Invite a person of " + page.customerName()),
                    new Paragraph("They get a mail with a link to choose their username and password; it works once."),
                    form);
        } else {
            var note = new Paragraph("The customer's CSM, AWS Ops and administrators invite its people.");
            note.setId(NO_INVITING);
            content.add(note);
        }
    }

    private HorizontalLayout actions(PeoplePage.OpenInvitation invitation) {
        var resend = new Button("Send again", e -> act(() -> invitations.resend(customerId, invitation.id()),
                "Sent the invitation to " + invitation.email() + " again; the earlier link no longer works."));
        resend.setId("resend-" + invitation.id());
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var revoke = new Button("Revoke", e -> act(() -> invitations.revoke(customerId, invitation.id()),
                "Revoked the invitation of " + invitation.email() + "."));
        revoke.setId("revoke-" + invitation.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(resend, revoke);
    }

    private void invite() {
        var address = email.getValue();
        try {
            invitations.invite(customerId, address);
        } catch (InvalidInputException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
            return;
        }
        email.clear();
        email.setInvalid(false);
        Notification.show("Invited " + address.strip() + ".");
        show(invitations.page(customerId));
    }

    private void act(Runnable change, String done) {
        change.run();
        Notification.show(done);
        show(invitations.page(customerId));
    }
}
