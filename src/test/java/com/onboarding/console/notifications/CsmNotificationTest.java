package com.onboarding.console.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.onboarding.console.ConsoleTest;
import com.onboarding.console.TestSmtpPort;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.domain.AppUserRepository;
import java.util.concurrent.ThreadLocalRandom;
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

    @Test
    void csmIsMailedAndOpsAreToldWhenTheCustomerIsReady() throws Exception {
        runAs("ops");
        var csm = users.findByUsernameIgnoreCase("csm").orElseThrow();
        var name = "Ready Co " + ThreadLocalRandom.current().nextInt(1_000_000);
        var account = String.valueOf(100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        var customer = customers.create(new CustomerDraft(name, account, csm.getId(), "DE", null, null, null));
        var person = customerUser("ready-" + customer.id(), customer.id());

        runAs(person.getUsername());
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4", "1.5");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        var message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("csm@reseller.example");
        assertThat(message.getSubject()).contains(name);
        assertThat(GreenMailUtil.getBody(message)).contains("http://console.test/customers/" + customer.id());

        runAs("csm");
        assertThat(notifications.inbox(50)).anySatisfy(n -> {
            assertThat(n.getCustomerId()).isEqualTo(customer.id());
            assertThat(n.getMessage()).contains(name).contains("ready");
        });
        runAs("ops");
        assertThat(notifications.inbox(50)).anySatisfy(n -> {
            assertThat(n.getCustomerId()).isEqualTo(customer.id());
            assertThat(n.getMessage()).contains("completed phase 1");
        });
    }
}
