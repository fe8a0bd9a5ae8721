package com.onboarding.console.notifications.service;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.checklist.domain.PhaseCompleted;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCompleted;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.domain.NotificationRepository;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what they are waiting for: the CSM when the customer says phase 1 is done (mail and in-app),
 * OPS when phase 1 is complete (in-app). Sent after the change commits, so nobody hears of a rolled-back step.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final CustomerRepository customers;
    private final UserDirectory users;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailSettings settings;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CustomerRepository customers, UserDirectory users,
            AuditService audit, CurrentUser currentUser, ObjectProvider<JavaMailSender> mail, MailSettings settings,
            Clock clock) {
        this.notifications = notifications;
        this.customers = customers;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onStepCompleted(StepCompleted event) {
        if (!event.code().equals(StepCatalog.NOTIFY_CSM)) {
            return;
        }
        var customer = customers.findById(event.customerId()).orElseThrow();
        var csmId = customer.getCsmUserId();
        var csm = csmId == null ? null : users.find(csmId).orElse(null);
        if (csm == null) {
            log.warn("Customer {} has no CSM to notify", customer.id());
            return;
        }
        var text = customer.getName() + " has completed the readiness steps and is ready for AWS Ops.";
        notifications.save(new Notification(csm.id(), customer.id(), text, clock.instant()));
        var link = settings.baseUrl() + "/" + CustomerRoutes.checklist(customer.id());
        send(csm.email(), customer.getName() + " is ready for onboarding", text + "\n\nOpen the checklist: " + link
                + "\n", customer);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onPhaseCompleted(PhaseCompleted event) {
        var customer = customers.findById(event.customerId()).orElseThrow();
        var text = customer.getName() + " completed phase " + event.phase() + ": phase " + (event.phase() + 1)
                + " is open for AWS Ops.";
        for (var ops : users.activeWithRole(Role.OPS)) {
            notifications.save(new Notification(ops.id(), customer.id(), text, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Notification> inbox(int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.require().userId(),
                PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().userId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        var now = clock.instant();
        notifications.findByRecipientIdAndReadAtIsNull(currentUser.require().userId()).forEach(n -> n.markRead(now));
    }

    /** A mail that cannot be sent is logged; the in-app notification still stands. */
    private void send(@Nullable String to, String subject, String body, Customer customer) {
        var sender = mail.getIfAvailable();
        if (!settings.enabled() || sender == null || to == null) {
            log.info("Mail to {} (not sent, mail is off): {}", to, subject);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            audit.record(AuditService.Event.of(currentUser.name(), AuditAction.NOTIFICATION_SENT, customer.id(),
                    customer.getName(), "Mail to " + to + ": " + subject));
        } catch (MailException e) {
            log.warn("Mail to {} about customer {} could not be sent: {}", to, customer.id(), e.getMessage());
        }
    }
}
