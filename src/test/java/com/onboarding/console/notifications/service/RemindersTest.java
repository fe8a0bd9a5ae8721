package com.onboarding.console.notifications.service;

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
import com.onboarding.console.checklist.service.ChecklistLookup;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders on a clock the test sets: a stalled phase-1 customer's users get its open steps once per interval,
 * none when the CSM switched them off or phase 1 is complete; the CSM gets a digest of their stalled customers;
 * every mail is in the audit trail.
 */
class RemindersTest extends ConsoleTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(TestSmtpPort.port(), null, ServerSetup.PROTOCOL_SMTP));

    @Autowired
    private CustomerLookup customerLookup;
    @Autowired
    private ChecklistLookup checklistLookup;
    @Autowired
    private UserDirectory users;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private AuditService audit;
    @Autowired
    private MailSettings mailSettings;
    @Autowired
    private CustomerService customers;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private Clock clock;

    @Test
    void stalledCustomersAreRemindedOncePerIntervalUnlessSwitchedOffAndTheirCsmGetsADigest() throws Exception {
        runAs("ops");
        var csm = fixture().user(Role.CSM, null);
        var stalled = fixture().customer("Reminded", csm.getId());
        var stalledUser = customerUser(fixture().unique("remind"), stalled.id());
        Steps.confirm(checklists, stalled.id(), "1.1");
        var optedOut = fixture().customer("Opted out", csm.getId());
        var optedOutUser = customerUser(fixture().unique("optout"), optedOut.id());
        runAs("csm");
        customers.setReminders(optedOut.id(), false);
        runAs("ops");
        var done = fixture().customer("Phase one done", csm.getId());
        var doneUser = customerUser(fixture().unique("done"), done.id());
        runAs(doneUser.getUsername());
        Steps.confirm(checklists, done.id(), "1.1", "1.2", "1.3", "1.4", "1.5");
        runAs("ops");
        var start = clock.instant();

        remindAt(start.plus(Duration.ofDays(4)));
        remindAt(start.plus(Duration.ofDays(6)));
        var first = await().atMost(Duration.ofSeconds(10)).until(() -> to(stalledUser.getEmail()), m -> m.size() == 1)
                .getFirst();
        assertThat(first.getSubject()).isEqualTo(stalled.getName() + ": your AWS onboarding is waiting for you");
        var body = GreenMailUtil.getBody(first);
        assertThat(body).contains("has not moved for 5 days").contains("- 1.2 ").contains("- 1.5 ")
                .doesNotContain("- 1.1 ").contains("http://console.test/customers/" + stalled.id());
        var digest = await().atMost(Duration.ofSeconds(10)).until(() -> digests(csm.getEmail()), m -> m.size() == 1)
                .getFirst();
        assertThat(digest.getSubject()).isEqualTo("2 of your customers have stalled in phase 1");
        assertThat(GreenMailUtil.getBody(digest)).contains(stalled.getName()).contains(optedOut.getName()
                + " (" + optedOut.getAccountId() + "): no change for 6 days, reminders off")
                .doesNotContain(done.getName());

        remindAt(start.plus(Duration.ofDays(9)));
        remindAt(start.plus(Duration.ofDays(12)));
        await().atMost(Duration.ofSeconds(10)).until(() -> digests(csm.getEmail()), m -> m.size() == 3);
        assertThat(to(stalledUser.getEmail())).as("one reminder per interval: days 6 and 12, not 9").hasSize(2);
        assertThat(to(optedOutUser.getEmail())).as("switched off").isEmpty();
        assertThat(to(doneUser.getEmail())).as("phase 1 complete").isEmpty();
        assertThat(audit.timeline(stalled.id(), 50)).filteredOn(e -> e.getAction() == AuditAction.REMINDER_SENT).hasSize(2).allSatisfy(e -> assertThat(e.getMessage())
                .isEqualTo("Reminder of 4 open steps queued to " + stalledUser.getEmail()));
    }

    private void remindAt(java.time.Instant at) {
        var reminders = new Reminders(customerLookup, checklistLookup, users, outbox, audit,
                new ReminderSettings(true, Duration.ofDays(5), ReminderSettings.DEFAULT_CRON), mailSettings,
                Clock.fixed(at, ZoneOffset.UTC));
        tx.executeWithoutResult(status -> reminders.send());
    }

    /** The CSM also hears that the customer who completed phase 1 is ready for onboarding. */
    private static List<MimeMessage> digests(String address) {
        return to(address).stream().filter(m -> {
            try {
                return m.getSubject().endsWith("have stalled in phase 1");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
