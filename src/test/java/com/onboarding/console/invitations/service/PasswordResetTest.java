package com.onboarding.console.invitations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.onboarding.console.ConsoleTest;
import com.onboarding.console.MovableClock;
import com.onboarding.console.TestFixture;
import com.onboarding.console.invitations.LinkMails;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.invitations.domain.PasswordResetRepository;
import com.onboarding.console.security.Access;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.service.LinkAccounts;
import jakarta.mail.Message;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A customer user sets a new password through a mailed link, once; an address without a user gets no mail. */
class PasswordResetTest extends ConsoleTest {

    @RegisterExtension
    static GreenMailExtension mail = LinkMails.server();

    private static final String NEW_PASSWORD = "my brand new password";

    @Autowired
    PasswordResets resets;
    @Autowired
    PasswordResetRepository stored;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Access access;
    @Autowired
    LinkAccounts accounts;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    InvitationSettings settings;
    @Autowired
    Clock clock;

    @Test
    void theMailedLinkSetsANewPasswordOnceAndEndsTheOldSessions() throws Exception {
        var person = person();
        var oldSession = (AppUserPrincipal) runAs(person.getUsername()).getPrincipal();
        runAsVisitor();
        resets.request(person.getEmail().toUpperCase());

        var message = received(person.getEmail());
        assertThat(message.getSubject()).isEqualTo("Set a new password for the AWS Onboarding Console");
        var body = GreenMailUtil.getBody(message);
        assertThat(body).contains(person.getUsername());
        assertThat(LinkMails.path(message)).startsWith("reset-password/");
        var token = LinkMails.token(message);
        assertThat(resets.open(token)).isEqualTo(LinkState.OPEN);

        assertThatThrownBy(() -> resets.reset(token, "short")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
        var signedIn = resets.reset(token, NEW_PASSWORD);
        assertThat(signedIn.getUsername()).isEqualTo(person.getUsername());
        assertThat(passwords.matches(NEW_PASSWORD, users.findByUsername(person.getUsername()).orElseThrow()
                .getPasswordHash())).isTrue();
        assertThat(access.isCurrent(oldSession)).as("the session from before the reset").isFalse();
        assertThat(access.isCurrent(signedIn)).isTrue();

        assertThat(resets.open(token)).isEqualTo(LinkState.USED);
        assertThatThrownBy(() -> resets.reset(token, "yet another password"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("used already");
    }

    @Test
    void anAddressWithoutACustomerUserGetsTheSameAnswerAndNoMail() throws Exception {
        var person = person();
        runAsVisitor();
        var unknown = "nobody-" + person.getUsername() + "@invite.example";
        resets.request(unknown);
        // Staff reset their password elsewhere: the demo CSM's address gets no link either.
        resets.request("csm@reseller.example");
        resets.request(person.getEmail());

        // One thread sends link mails in order: once this one is in, any earlier one would be too.
        received(person.getEmail());
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(LinkMails::to))
                .containsExactly(person.getEmail());
        var csm = users.findByUsername("csm").orElseThrow();
        assertThat(stored.findAll()).noneMatch(r -> r.getUserId() == csm.getId());
        assertThatThrownBy(() -> resets.request("not an address")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("such as jane@example.com");
    }

    @Test
    void aResetLinkEndsAfterItsValidityByTheClock() throws Exception {
        var person = person();
        runAsVisitor();
        resets.request(person.getEmail());
        var token = LinkMails.token(received(person.getEmail()));
        var later = new MovableClock(clock.instant());
        var resetsLater = new PasswordResets(stored, accounts, audit, events, settings, later);
        later.advance(settings.resetValidity().minusSeconds(5));
        assertThat(resetsLater.open(token)).isEqualTo(LinkState.OPEN);
        later.advance(Duration.ofSeconds(5));
        assertThat(resetsLater.open(token)).isEqualTo(LinkState.EXPIRED);
        assertThatThrownBy(() -> resetsLater.reset(token, NEW_PASSWORD)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expired");
    }

    private static Message received(String address) {
        return LinkMails.received(mail, address);
    }

    private AppUser person() {
        runAs("ops");
        var customer = fixture().customer("Reset Co");
        return customerUser(TestFixture.unique("reset"), customer.id());
    }


}
