package com.onboarding.console.invitations.service;

import static com.onboarding.console.HostileInputTest.HOSTILE;
import static com.onboarding.console.HostileInputTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.invitations.domain.InvitationRepository;
import com.onboarding.console.invitations.domain.LinkState;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The invitation's address and the joining form (username, name, password) with hostile text: refused at the field
 * with nothing sent or created and the link still open, or kept exactly as typed.
 */
@RecordApplicationEvents
class HostileInvitationInputTest extends ConsoleTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    private InvitationService service;
    @Autowired
    private InvitationLinks links;
    @Autowired
    private InvitationRepository invitations;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private ApplicationEvents events;
    @Autowired
    private Clock clock;

    private Customer customer;
    private int joiners;

    @BeforeEach
    void customer() {
        runAs("ops");
        customer = fixture().customer("Hostile invite");
    }

    @Test
    void invitationAddressesRefuseHostileTextWithNothingSent() {
        for (var hostile : HOSTILE) {
            var open = invitations.findOpen(customer.id(), clock.instant()).size();
            var mails = events.stream(LinkMail.class).count();
            assertRefused(catchThrowable(() -> service.invite(customer.id(), hostile)), "Email", hostile);
            assertThat(invitations.findOpen(customer.id(), clock.instant())).as("nothing saved").hasSize(open);
            assertThat(events.stream(LinkMail.class).count()).as("nothing sent").isEqualTo(mails);
        }
    }

    @Test
    void joiningTakesHostileTextExactlyOrRefusesItWithTheLinkStillOpen() {
        for (var hostile : HOSTILE) {
            join("Username", hostile, hostile, "Jane Joiner", PASSWORD, AppUser::getUsername);
            join("Your name", hostile, nextUsername(), hostile, PASSWORD, AppUser::getDisplayName);
            join("Password", hostile, nextUsername(), "Jane Joiner", hostile, null);
        }
    }

    /** Joins through a fresh invitation; {@code read} the field kept, null for the password, which is hashed. */
    private void join(String label, String hostile, String username, String displayName, String password,
            @Nullable Function<AppUser, String> read) {
        runAs("ops");
        service.invite(customer.id(), "joiner-" + (++joiners) + "-" + customer.id() + "@invite.example");
        var token = events.stream(LinkMail.class).reduce((a, b) -> b).orElseThrow().token().value();
        runAsVisitor();
        var usersBefore = users.count();
        var refusal = catchThrowable(() -> links.accept(token, username, displayName, password));
        if (refusal == null) {
            var joined = users.findAll().stream().filter(u -> u.getEmail() != null
                    && u.getEmail().startsWith("joiner-" + joiners + "-" + customer.id() + "@")).findFirst()
                    .orElseThrow();
            if (read == null) {
                assertThat(passwords.matches(hostile, joined.getPasswordHash())).as("the password as typed").isTrue();
            } else {
                assertThat(read.apply(joined)).as("%s kept as typed", label).isEqualTo(hostile.strip());
            }
        } else {
            assertRefused(refusal, label, hostile);
            assertThat(users.count()).as("nobody created").isEqualTo(usersBefore);
            assertThat(links.open(token).state()).as("the link still works").isEqualTo(LinkState.OPEN);
        }
    }

    private String nextUsername() {
        return "joiner-" + (joiners + 1) + "-" + customer.id();
    }
}
