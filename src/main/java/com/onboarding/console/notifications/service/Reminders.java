package com.onboarding.console.notifications.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.service.ChecklistLookup;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, on one instance: a customer whose phase-1 steps have not moved for the configured time gets a
 * reminder listing its open steps (at most one per interval, none when the CSM switched them off), and each CSM
 * a digest of their stalled customers. Every mail queued is in the audit trail.
 */
@Component
class Reminders {

    static final String ACTOR = "reminders";

    private final CustomerLookup customers;
    private final ChecklistLookup checklists;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final AuditService audit;
    private final ReminderSettings settings;
    private final MailSettings mail;
    private final Clock clock;
    private final MailTemplate reminder = MailTemplate.load("reminder");
    private final MailTemplate digest = MailTemplate.load("stalled-digest");

    Reminders(CustomerLookup customers, ChecklistLookup checklists, UserDirectory users, MailOutbox outbox,
            AuditService audit, ReminderSettings settings, MailSettings mail, Clock clock) {
        this.customers = customers;
        this.checklists = checklists;
        this.users = users;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${console.reminders.cron:" + ReminderSettings.DEFAULT_CRON + "}", zone = "UTC")
    @SchedulerLock(name = "reminders", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    public void daily() {
        if (settings.enabled()) {
            send();
        }
    }

    /** Queues the reminders and digests that are due now, in one transaction with their audit records. */
    @Transactional
    public void send() {
        var now = clock.instant();
        var stalledSince = now.minus(settings.stalledAfter());
        var stalled = customers.stalledInPhaseOne(stalledSince);
        for (var customer : stalled) {
            var last = customer.getLastReminderAt();
            if (!customer.isRemindersOff() && (last == null || !last.isAfter(stalledSince))) {
                remind(customer, now);
            }
        }
        var byCsm = stalled.stream().filter(c -> c.getCsmUserId() != null)
                .collect(Collectors.groupingBy(c -> Objects.requireNonNull(c.getCsmUserId())));
        byCsm.forEach((csmId, theirs) -> users.find(csmId).filter(csm -> csm.email() != null).ifPresent(csm -> {
            var lines = new StringBuilder();
            theirs.stream().sorted(Comparator.comparing(Customer::getLastActivityAt)).forEach(c -> lines
                    .append("- ").append(c.getName()).append(" (").append(c.getAccountId()).append("): no change for ")
                    .append(Duration.between(c.getLastActivityAt(), now).toDays()).append(" days")
                    .append(c.isRemindersOff() ? ", reminders off" : "").append("\n  ").append(link(c))
                    .append("\n"));
            var filled = digest.fill(Map.of("count", Integer.toString(theirs.size()), "days", days(),
                    "customers", lines.toString()));
            outbox.enqueue(Objects.requireNonNull(csm.email()), filled.subject(), filled.body(), null, null);
            audit.record(AuditService.Event.of(ACTOR, AuditAction.REMINDER_SENT, null, null, "Digest of "
                    + theirs.size() + " stalled customers queued to " + csm.email()));
        }));
    }

    private void remind(Customer customer, Instant now) {
        var to = users.usersOf(customer.id()).stream().map(UserDirectory.Person::email).filter(Objects::nonNull)
                .toList();
        if (to.isEmpty()) {
            return;
        }
        var open = new ArrayList<String>();
        checklists.openSteps(customer.id(), 1).forEach(s -> open.add("- " + s.code() + " " + s.title()));
        var filled = reminder.fill(Map.of("customer", customer.getName(), "accountId", customer.getAccountId(),
                "days", days(), "steps", String.join("\n", open) + "\n", "link", link(customer)));
        for (var address : to) {
            outbox.enqueue(address, filled.subject(), filled.body(), customer.id(), null);
        }
        customers.markReminded(customer.id(), now);
        audit.record(AuditService.Event.of(ACTOR, AuditAction.REMINDER_SENT, customer.id(), customer.getName(),
                "Reminder of " + open.size() + " open steps queued to " + String.join(", ", to)));
    }

    private String link(Customer customer) {
        return mail.baseUrl() + "/" + CustomerRoutes.checklist(customer.id());
    }

    private String days() {
        return Long.toString(settings.stalledAfter().toDays());
    }

}
