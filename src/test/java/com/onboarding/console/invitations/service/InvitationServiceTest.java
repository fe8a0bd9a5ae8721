package com.onboarding.console.invitations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.MovableClock;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.invitations.domain.InvitationRepository;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.domain.LinkToken;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.LinkAccounts;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Staff invite, resend and revoke; the invited person joins once through the link, which then is dead. */
@RecordApplicationEvents
class InvitationServiceTest extends ConsoleTest {

    static final String PASSWORD = "a long enough password";

    @Autowired
    InvitationService service;
    @Autowired
    InvitationLinks links;
    @Autowired
    InvitationRepository invitations;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditService audit;
    @Autowired
    NotificationService notifications;
    @Autowired
    LinkAccounts accounts;
    @Autowired
    UserDirectory directory;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private Customer customer;
    private AppUser csm;

    @BeforeEach
    void customer() {
        runAs("ops");
        csm = fixture().user(Role.CSM, null);
        customer = fixture().customer("Invite Co", csm.getId());
    }

    @Test
    void theCsmInvitesAndThePersonJoinsOnceWithTheLinkThenItIsUsed() {
        runAs(csm.getUsername());
        service.invite(customer.id(), " jane@invite.example ");
        var token = lastToken();
        var page = service.page(customer.id());
        assertThat(page.canInvite()).isTrue();
        assertThat(page.invitations()).singleElement().satisfies(i -> {
            assertThat(i.email()).isEqualTo("jane@invite.example");
            assertThat(i.invitedBy()).isEqualTo(csm.getUsername());
            assertThat(i.expiresAt()).isEqualTo(i.sentAt().plus(Duration.ofHours(72)));
        });
        // Only the hash is kept.
        var stored = invitations.findAll().stream().filter(i -> i.getCustomerId() == customer.id()).toList();
        assertThat(stored).singleElement().satisfies(i -> assertThat(invitations.findByTokenHash(token.hash()))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(i.id())));
        assertThat(token.hash()).hasSize(64).isNotEqualTo(token.value());
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");

        runAsVisitor();
        assertThat(links.open(token.value())).satisfies(link -> {
            assertThat(link.state()).isEqualTo(LinkState.OPEN);
            assertThat(link.customerName()).isEqualTo(customer.getName());
            assertThat(link.email()).isEqualTo("jane@invite.example");
        });
        var username = "jane-" + customer.id();
        var joined = links.accept(token.value(), username, "Jane Doe", PASSWORD);
        assertThat(joined.role()).isEqualTo(Role.CUSTOMER);
        assertThat(joined.customerId()).isEqualTo(customer.id());
        assertThat(users.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.getEmail()).isEqualTo("jane@invite.example");
            assertThat(u.getCustomerId()).isEqualTo(customer.id());
        });

        assertThat(links.open(token.value()).state()).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> links.accept(token.value(), "jane2-" + customer.id(), "Jane", PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("used already");
        assertThat(users.findByUsername("jane2-" + customer.id())).isEmpty();

        runAs(csm.getUsername());
        page = service.page(customer.id());
        assertThat(page.invitations()).isEmpty();
        assertThat(page.users()).extracting(p -> p.username()).containsExactly(username);
        assertThat(actions()).contains(AuditAction.INVITATION_SENT, AuditAction.INVITATION_ACCEPTED);
        assertThatThrownBy(() -> service.invite(customer.id(), "JANE@invite.example"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a user");
    }

    /** The customer's people read who invited a colleague by the inviter's display name, never their login. */
    @Test
    void theCustomersTrailNamesTheStaffInviterByDisplayName() {
        runAs("ops");
        service.invite(customer.id(), "joiner@invite.example");
        var token = lastToken();
        runAsVisitor();
        var joined = links.accept(token.value(), "joiner-" + customer.id(), "Jane Joiner", PASSWORD);

        runAs(joined.getUsername());
        assertThat(audit.timeline(customer.id(), 50)).filteredOn(e -> e.getAction() == AuditAction.INVITATION_ACCEPTED)
                .singleElement().extracting(e -> e.getMessage())
                .isEqualTo("Jane Joiner (joiner@invite.example) joined through the invitation of Olivia Ops");
    }

    @Test
    void aBadPasswordOrUsernameSavesNothingAndTheLinkStillWorks() {
        runAs(csm.getUsername());
        service.invite(customer.id(), "short@invite.example");
        var token = lastToken();
        runAsVisitor();
        assertThatThrownBy(() -> links.accept(token.value(), "short-" + customer.id(), "Short", "short"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> links.accept(token.value(), "csm", "Taken", PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is taken");
        assertThat(users.findByUsername("short-" + customer.id())).isEmpty();
        assertThat(links.open(token.value()).state()).isEqualTo(LinkState.OPEN);
    }

    @Test
    void aResentInvitationKillsTheOldLink() {
        runAs(csm.getUsername());
        service.invite(customer.id(), "resent@invite.example");
        var first = lastToken();
        var id = service.page(customer.id()).invitations().getFirst().id();
        service.resend(customer.id(), id);
        var second = lastToken();
        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(service.page(customer.id()).invitations()).singleElement()
                .satisfies(i -> assertThat(i.id()).isNotEqualTo(id));

        runAsVisitor();
        assertThat(links.open(first.value()).state()).isEqualTo(LinkState.REPLACED);
        assertThatThrownBy(() -> links.accept(first.value(), "old-" + customer.id(), "Old", PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("newer invitation");
        assertThat(links.open(second.value()).state()).isEqualTo(LinkState.OPEN);
        runAs("ops");
        assertThat(actions()).contains(AuditAction.INVITATION_RESENT);
    }

    @Test
    void aRevokedLinkIsDeadAndThePersonMayAskTheInviterForANewOne() {
        runAs(csm.getUsername());
        service.invite(customer.id(), "revoked@invite.example");
        var token = lastToken();
        service.revoke(customer.id(), service.page(customer.id()).invitations().getFirst().id());
        assertThat(service.page(customer.id()).invitations()).isEmpty();

        runAsVisitor();
        assertThat(links.open(token.value()).state()).isEqualTo(LinkState.REVOKED);
        assertThatThrownBy(() -> links.accept(token.value(), "revoked-" + customer.id(), "Revoked", PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("withdrawn");
        links.askForNew(token.value());
        links.askForNew(token.value());
        assertThat(links.open(token.value()).renewalAsked()).isTrue();

        runAs(csm.getUsername());
        assertThat(notifications.inbox(20)).filteredOn(n -> n.getMessage().contains("revoked@invite.example"))
                .singleElement().satisfies(n -> {
                    assertThat(n.getCustomerId()).isEqualTo(customer.id());
                    assertThat(n.getMessage()).contains("asks for a new invitation").contains("revoked");
                });
        assertThat(actions()).contains(AuditAction.INVITATION_REVOKED,
                AuditAction.INVITATION_REQUESTED);
    }

    @Test
    void aLinkWorksForSeventyTwoHoursByTheClock() {
        runAs(csm.getUsername());
        service.invite(customer.id(), "late@invite.example");
        var token = lastToken();
        var later = new MovableClock(clock.instant());
        var linksLater = new InvitationLinks(invitations, accounts, notifications, audit, directory, later);
        runAsVisitor();
        later.advance(Duration.ofHours(72).minusSeconds(1));
        assertThat(linksLater.open(token.value()).state()).isEqualTo(LinkState.OPEN);
        later.advance(Duration.ofSeconds(1));
        assertThat(linksLater.open(token.value()).state()).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> linksLater.accept(token.value(), "late-" + customer.id(), "Late", PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expired");
        assertThat(users.findByUsername("late-" + customer.id())).isEmpty();
    }

    @Test
    void onlyStaffWhoLookAfterTheCustomerMayInvite() {
        var otherCsm = fixture().user(Role.CSM, null);
        var person = customerUser("person-" + customer.id(), customer.id());
        for (var who : List.of(otherCsm.getUsername(), person.getUsername())) {
            runAs(who);
            assertThatThrownBy(() -> service.invite(customer.id(), "nobody@invite.example")).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        runAs("admin");
        service.invite(customer.id(), "by-admin@invite.example");
        var id = service.page(customer.id()).invitations().getFirst().id();
        runAs(otherCsm.getUsername());
        assertThatThrownBy(() -> service.revoke(customer.id(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resend(customer.id(), id)).isInstanceOf(AccessDeniedException.class);
        runAsVisitor();
        assertThatThrownBy(() -> service.invite(customer.id(), "anon@invite.example"))
                .isInstanceOf(AccessDeniedException.class);
        runAs("ops");
        assertThat(service.page(customer.id()).invitations()).extracting(i -> i.email())
                .containsExactly("by-admin@invite.example");
    }

    @Test
    void aMailTheServerDoesNotTakeIsAuditedWithoutItsLink() {
        // No mail server listens in this class: the test profile's SMTP port is closed.
        runAs(csm.getUsername());
        service.invite(customer.id(), "unsent@invite.example");
        var token = lastToken();
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(audit.timeline(customer.id(), 20)).anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(AuditAction.NOTIFICATION_FAILED);
                    assertThat(e.getMessage()).contains("invitation to unsent@invite.example not sent")
                            .doesNotContain(token.value());
                }));
    }

    @Test
    void anAddressThatIsNoneIsRefusedWithTheFormExpected() {
        runAs(csm.getUsername());
        assertThatThrownBy(() -> service.invite(customer.id(), "jane at example"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("such as jane@example.com");
        assertThat(service.page(customer.id()).invitations()).isEmpty();
    }

    private LinkToken lastToken() {
        return events.stream(LinkMail.class).reduce((a, b) -> b).orElseThrow().token();
    }

    private List<AuditAction> actions() {
        return audit.timeline(customer.id(), 50).stream().map(e -> e.getAction()).toList();
    }
}
