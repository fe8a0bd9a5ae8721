package com.onboarding.console.invitations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.invitations.LinkMails;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.invitations.service.PeoplePage;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The people page invites, revokes and lists; the page of the mailed link lets the person join once. */
class InvitationViewsTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension mail = LinkMails.server();

    @Autowired
    AppUserRepository users;

    private AppUser csm;
    private Customer customer;

    @BeforeEach
    void customer() {
        runAs("ops");
        csm = fixture().user(Role.CSM, null);
        customer = fixture().customer("People Co", csm.getId());
        logout();
    }

    @Test
    void theCsmInvitesFromThePeoplePageAndThePersonJoinsThroughTheMailedLinkOnce() throws Exception {
        login(csm.getUsername());
        UI.getCurrent().navigate(CustomerRoutes.people(customer.id()));
        var address = "joiner-" + customer.id() + "@invite.example";
        _get(EmailField.class, spec -> spec.withId(PeopleView.EMAIL)).setValue(address);
        _click(_get(Button.class, spec -> spec.withId(PeopleView.INVITE)));
        assertThat(invitations().getListDataView().getItems()).singleElement()
                .satisfies(i -> assertThat(i.email()).isEqualTo(address));
        var link = LinkMails.path(LinkMails.received(mail, address));

        logout();
        UI.getCurrent().navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId(InvitationView.STATE)).getText())
                .contains(customer.getName()).contains(address);
        var username = "joiner-" + customer.id();
        _get(TextField.class, spec -> spec.withId("invitation-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("invitation-name")).setValue("Jo Iner");
        _get(PasswordField.class, spec -> spec.withId("invitation-password")).setValue("a long enough password");
        _get(PasswordField.class, spec -> spec.withId("invitation-repeat")).setValue("another long password");
        _click(_get(Button.class, spec -> spec.withId(InvitationView.JOIN)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-problem")).getText()).contains("differ");
        _get(PasswordField.class, spec -> spec.withId("invitation-repeat")).setValue("a long enough password");
        _click(_get(Button.class, spec -> spec.withId(InvitationView.JOIN)));

        // Signed in as the new customer user.
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(AppUserPrincipal.class, p -> {
                    assertThat(p.getUsername()).isEqualTo(username);
                    assertThat(p.customerId()).isEqualTo(customer.id());
                });
        assertThat(users.findByUsername(username)).isPresent();

        logout();
        UI.getCurrent().navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId(InvitationView.STATE)).getText())
                .contains("used already");
        _assertNone(Button.class, spec -> spec.withId(InvitationView.JOIN));

        login(csm.getUsername());
        UI.getCurrent().navigate(CustomerRoutes.people(customer.id()));
        assertThat(_get(Grid.class, spec -> spec.withId("people-users")).getListDataView().getItems())
                .extracting(p -> ((UserDirectory.Person) p).username())
                .containsExactly(username);
    }

    @Test
    void aRevokedLinkSaysSoAndAsksTheInviterForANewOne() throws Exception {
        login(csm.getUsername());
        UI.getCurrent().navigate(CustomerRoutes.people(customer.id()));
        var address = "withdrawn-" + customer.id() + "@invite.example";
        _get(EmailField.class, spec -> spec.withId(PeopleView.EMAIL)).setValue(address);
        _click(_get(Button.class, spec -> spec.withId(PeopleView.INVITE)));
        var link = LinkMails.path(LinkMails.received(mail, address));
        var id = invitations().getListDataView().getItems().findFirst().orElseThrow().id();
        var actions = GridKt._getCellComponent(invitations(), 0, PeopleView.ACTIONS);
        _click(_get(actions, Button.class, spec -> spec.withId("revoke-" + id)));
        _assertNone(Grid.class, spec -> spec.withId("people-invitations"));

        logout();
        UI.getCurrent().navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId(InvitationView.STATE)).getText()).contains("withdrawn");
        _assertNone(Button.class, spec -> spec.withId(InvitationView.JOIN));
        _click(_get(Button.class, spec -> spec.withId(InvitationView.ASK)));
        _assertNone(Button.class, spec -> spec.withId(InvitationView.ASK));
        assertThat(_get(Paragraph.class, spec -> spec.withId(InvitationView.ASKED)).getText())
                .contains("You asked for a new invitation");
    }

    @Test
    void aCustomerUserAsksForAResetLinkAndSetsANewPasswordWithIt() {
        runAs("ops");
        var person = customerUser(TestFixture.unique("forgot"), customer.id());
        logout();
        UI.getCurrent().navigate(LoginRoutes.FORGOT_PASSWORD);
        _get(EmailField.class, spec -> spec.withId(ForgotPasswordView.EMAIL)).setValue("nobody@invite.example");
        _click(_get(Button.class, spec -> spec.withId(ForgotPasswordView.SEND)));
        var unknownAnswer = _get(Paragraph.class, spec -> spec.withId(ForgotPasswordView.ANSWER)).getText();
        _get(EmailField.class, spec -> spec.withId(ForgotPasswordView.EMAIL)).setValue(person.getEmail());
        _click(_get(Button.class, spec -> spec.withId(ForgotPasswordView.SEND)));
        assertThat(_get(Paragraph.class, spec -> spec.withId(ForgotPasswordView.ANSWER)).getText())
                .isEqualTo(unknownAnswer.replace("nobody@invite.example", person.getEmail()));

        var link = LinkMails.path(LinkMails.received(mail, person.getEmail()));
        UI.getCurrent().navigate(link);
        _get(PasswordField.class, spec -> spec.withId("reset-password")).setValue("a new long password");
        _get(PasswordField.class, spec -> spec.withId("reset-repeat")).setValue("a new long password");
        _click(_get(Button.class, spec -> spec.withId(ResetPasswordView.SET)));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(person.getUsername());

        logout();
        UI.getCurrent().navigate(link);
        assertThat(_get(Paragraph.class, spec -> spec.withId(ResetPasswordView.STATE)).getText())
                .contains("used already");
        _assertNone(Button.class, spec -> spec.withId(ResetPasswordView.SET));
    }

    @Test
    void aCsmOfAnotherCustomerSeesThePeopleButCannotInvite() {
        login(fixture().user(Role.CSM, null).getUsername());
        UI.getCurrent().navigate(CustomerRoutes.people(customer.id()));
        _assertNone(Button.class, spec -> spec.withId(PeopleView.INVITE));
        assertThat(_get(Paragraph.class, spec -> spec.withId(PeopleView.NO_INVITING)).getText())
                .contains("The customer's CSM, AWS Ops and administrators invite");
    }

    @SuppressWarnings("unchecked")
    private static Grid<PeoplePage.OpenInvitation> invitations() {
        return _get(Grid.class, spec -> spec.withId("people-invitations"));
    }


}
