package com.onboarding.console.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.onboarding.console.ConsoleTest;
import com.onboarding.console.TestSmtpPort;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.notifications.domain.MailStatus;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.domain.AppUserRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class CsmNotificationTest extends ConsoleTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(TestSmtpPort.port(), null, ServerSetup.PROTOCOL_SMTP));

    @Autowired
    CustomerService customers;
    @Autowired
    ChecklistService checklists;
    @Autowired
    NotificationService notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditService audit;

    @Test
    void theCsmIsToldInTheAppWhenTheCustomerAddsANoteAndNotWhenStaffDo() {
        runAs("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        var customer = fixture().customer("Noting Co", csm.getId());
        var person = customerUser("noting-" + customer.id(), customer.id());
        checklists.addNote(customer.id(), Steps.code("1.2"), "Asked them to create the user");

        runAs(person.getUsername());
        checklists.addNote(customer.id(), Steps.code("1.2"), "Our admin user is called ops-admin");

        runAs("csm");
        assertThat(notifications.inbox(50)).filteredOn(n -> customer.id() == n.getCustomerId())
                .extracting(n -> n.getMessage()).containsExactly(customer.getName() + ": " + person.getUsername()
                        + " added a note to step 1.2: Our admin user is called ops-admin");
    }

    @Test
    void csmIsMailedAndOpsAreToldWhenTheCustomerIsReady() throws Exception {
        runAs("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        var customer = fixture().customer("Ready Co", csm.getId());
        var name = customer.getName();
        var person = customerUser("ready-" + customer.id(), customer.id());

        runAs(person.getUsername());
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4", "1.5");

        // Sent after the commit by the delivery thread; mail of other tests in this context may arrive too.
        var message = await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).contains(name)).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("csm@reseller.example");
        assertThat(message.getSubject()).contains(name);
        assertThat(GreenMailUtil.getBody(message)).contains("http://console.test/customers/" + customer.id());

        runAs("csm");
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> assertThat(notifications.inbox(50)).anySatisfy(n -> {
            assertThat(n.getCustomerId()).isEqualTo(customer.id());
            assertThat(n.getMessage()).contains(name).contains("ready");
            assertThat(n.getMailStatus()).isEqualTo(MailStatus.SENT);
        }));
        runAs("ops");
        assertThat(audit.timeline(customer.id(), 50)).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.NOTIFICATION_SENT);
            assertThat(entry.getActor()).isEqualTo("console");
            assertThat(entry.getMessage()).isEqualTo("Mail to csm@reseller.example: " + name
                    + " is ready for onboarding");
        });
        runAs("ops");
        assertThat(notifications.inbox(50)).anySatisfy(n -> {
            assertThat(n.getCustomerId()).isEqualTo(customer.id());
            assertThat(n.getMessage()).contains("completed phase 1");
        });
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
