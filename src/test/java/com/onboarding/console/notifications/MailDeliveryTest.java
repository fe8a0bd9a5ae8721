package com.onboarding.console.notifications;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.onboarding.console.OwnSecurityContextStrategy;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.notifications.domain.MailStatus;
import com.onboarding.console.notifications.domain.OutgoingMailRepository;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An SMTP server that accepts connections and never answers does not slow the step that causes a mail; the
 * mail waits in the outbox, is retried, and when every attempt has failed the audit trail and the CSM's
 * notification say so.
 */
@SpringBootTest(properties = {
        "console.mail.max-attempts=2",
        "console.mail.first-retry-after=0s",
        "console.mail.poll-interval=200ms",
        "spring.mail.properties.mail.smtp.connectiontimeout=60000",
        "spring.mail.properties.mail.smtp.timeout=60000",
        "spring.mail.properties.mail.smtp.writetimeout=60000"})
@ActiveProfiles({"test", "demo"})
@ExtendWith(OwnSecurityContextStrategy.class)
class MailDeliveryTest {

    private static final SilentSmtpServer SMTP = new SilentSmtpServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stopSmtp() throws IOException {
        SMTP.close();
    }

    @Autowired
    private CustomerService customers;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private AuditService audit;
    @Autowired
    private OutgoingMailRepository outbox;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private UserDetailsService userDetails;
    @Autowired
    private PasswordEncoder passwords;

    @Test
    void aHungSmtpServerDoesNotHoldUpTheStepAndAFailedMailIsRecorded() {
        runAs("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        var name = "Silent Smtp " + ThreadLocalRandom.current().nextInt(1_000_000);
        var account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        var customer = customers.create(new CustomerDraft(name, account, csm.getId(), "DE", null, null, null));
        var person = users.save(new AppUser("silent-" + customer.id(), "Silent", passwords.encode("x"),
                Role.CUSTOMER, customer.id(), Instant.now()));
        runAs(person.getUsername());
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4");

        // Sending in the request would wait the minute the SMTP timeouts allow.
        var version = Steps.version(checklists, customer.id(), "1.5");
        var user = SecurityContextHolder.getContext().getAuthentication();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            SecurityContextHolder.getContext().setAuthentication(user);
            checklists.confirm(customer.id(), code("1.5"), version, null);
        });
        assertThat(Steps.line(checklists, customer.id(), "1.5").status().name()).isEqualTo("DONE");
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.connections() > 0);
        var mail = outbox.findAll().stream().filter(m -> m.getSubject().contains(name)).findFirst().orElseThrow();
        assertThat(mail.getStatus()).isIn(MailStatus.PENDING, MailStatus.SENDING);
        runAs("csm");
        assertThat(notifications.inbox(50)).filteredOn(n -> n.getMessage().contains(name)).singleElement()
                .satisfies(n -> assertThat(n.getMailStatus()).isEqualTo(MailStatus.PENDING));

        // The server gives up on the waiting client; the second attempt finds it refusing too.
        SMTP.hangUpAndRefuse();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> outbox.findById(mail.getId()).orElseThrow().getStatus() == MailStatus.FAILED);
        var failed = outbox.findById(mail.getId()).orElseThrow();
        assertThat(failed.getAttempts()).isEqualTo(2);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(notifications.inbox(50)).filteredOn(n -> n.getMessage().contains(name)).singleElement()
                .satisfies(n -> assertThat(n.getMailStatus()).isEqualTo(MailStatus.FAILED));
        runAs("ops");
        assertThat(audit.timeline(customer.id(), 50)).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.NOTIFICATION_FAILED);
            assertThat(entry.getMessage()).contains("csm@reseller.example").contains("after 2 attempts")
                    .contains(name);
        });
    }

    private void runAs(String username) {
        var principal = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** Accepts SMTP connections and says nothing, until told to hang up and refuse from then on. */
    private static final class SilentSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> waiting = new CopyOnWriteArrayList<>();
        private volatile boolean refusing;
        private volatile int connections;

        SilentSmtpServer() {
            try {
                socket = new ServerSocket(0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofPlatform().daemon().name("silent-smtp").start(this::accept);
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections;
        }

        void hangUpAndRefuse() {
            refusing = true;
            waiting.forEach(SilentSmtpServer::closeQuietly);
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    var client = socket.accept();
                    connections++;
                    if (refusing) {
                        closeQuietly(client);
                    } else {
                        waiting.add(client);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void closeQuietly(Socket client) {
            try {
                client.close();
            } catch (IOException e) {
                // already gone
            }
        }

        @Override
        public void close() throws IOException {
            waiting.forEach(SilentSmtpServer::closeQuietly);
            socket.close();
        }
    }
}
