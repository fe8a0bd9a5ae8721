package com.onboarding.console.notifications.service;

import com.onboarding.console.base.access.SignedIn;
import com.onboarding.console.base.live.Change.NotificationsChanged;
import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.domain.CustomerNoted;
import com.onboarding.console.checklist.domain.PhaseCompleted;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCompleted;
import com.onboarding.console.customers.service.CustomerLookup;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what they are waiting for: the CSM when the customer says phase 1 is done (mail and in-app),
 * OPS when phase 1 is complete (in-app). Sent after the change commits, so nobody hears of a rolled-back step.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final CustomerLookup customers;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final LiveChanges changes;

    NotificationService(NotificationRepository notifications, CustomerLookup customers, UserDirectory users,
            CurrentUser currentUser, MailOutbox outbox, MailSettings settings, Clock clock, LiveChanges changes) {
        this.notifications = notifications;
        this.customers = customers;
        this.users = users;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.changes = changes;
    }

    /** Saves a notification and tells the recipient's open views, on every instance, once it commits. */
    private Notification save(Notification notification) {
        var saved = notifications.save(notification);
        changes.publish(new NotificationsChanged(saved.getRecipientId()));
        return saved;
    }

    /** In the step's own transaction: the notification and its mail exist exactly when the step is done. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Transactional
    void onStepCompleted(StepCompleted event) {
        if (!event.code().equals(StepCatalog.NOTIFY_CSM)) {
            return;
        }
        var customer = customers.require(event.customerId());
        var csmId = customer.getCsmUserId();
        var csm = csmId == null ? null : users.find(csmId).orElse(null);
        if (csm == null) {
            log.warn("Customer {} has no CSM to notify", customer.id());
            return;
        }
        var text = customer.getName() + " has completed the readiness steps and is ready for AWS Ops.";
        var notification = save(new Notification(csm.id(), customer.id(), text, clock.instant()));
        var link = settings.baseUrl() + "/" + CustomerRoutes.checklist(customer.id());
        if (csm.email() == null) {
            log.info("CSM {} has no e-mail address: customer {} is announced in the app only", csm.id(),
                    customer.id());
            return;
        }
        outbox.enqueue(csm.email(), customer.getName() + " is ready for onboarding",
                text + "\n\nOpen the checklist: " + link + "\n", customer.id(), notification);
    }

    /** In the note's transaction: the customer's CSM hears of it in the app. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    @Transactional
    void onCustomerNoted(CustomerNoted event) {
        var customer = customers.require(event.customerId());
        var csmId = customer.getCsmUserId();
        if (csmId == null) {
            return;
        }
        var text = customer.getName() + ": " + event.by() + " added a note to step " + event.code() + ": "
                + event.text();
        save(new Notification(csmId, customer.id(), clipped(text), clock.instant()));
    }

    private static String clipped(String text) {
        return text.length() <= Notification.MESSAGE_MAX ? text
                : text.substring(0, Notification.MESSAGE_MAX - 1) + "…";
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onPhaseCompleted(PhaseCompleted event) {
        var customer = customers.require(event.customerId());
        var text = customer.getName() + " completed phase " + event.phase() + ": phase " + (event.phase() + 1)
                + " is open for AWS Ops.";
        for (var ops : users.activeWithRole(Role.OPS)) {
            save(new Notification(ops.id(), customer.id(), text, clock.instant()));
        }
    }

    /**
     * Tells one person something in the app only, in the caller's transaction. Open to visitors who are not
     * logged in: a person whose invitation link ended asks their inviter for a new one this way.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void tell(long recipientId, @Nullable Long customerId, String text) {
        save(new Notification(recipientId, customerId, text, clock.instant()));
    }

    @Transactional(readOnly = true)
    @SignedIn
    public List<Notification> inbox(int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.require().userId(),
                PageRequest.of(0, limit));
    }

    /** How many of the user's notifications are unread, for the menu entry. */
    @Transactional(readOnly = true)
    @SignedIn
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.require().userId());
    }

    /** The user follows a notification's link: it counts as read. Only the user's own notifications change. */
    @Transactional
    @SignedIn
    public void markRead(long notificationId) {
        var userId = currentUser.require().userId();
        notifications.findById(notificationId).filter(n -> n.getRecipientId() == userId && n.getReadAt() == null)
                .ifPresent(n -> {
                    n.markRead(clock.instant());
                    changes.publish(new NotificationsChanged(userId));
                });
    }

    @Transactional
    @SignedIn
    public void markAllRead() {
        var now = clock.instant();
        var userId = currentUser.require().userId();
        notifications.findByRecipientIdAndReadAtIsNull(userId).forEach(n -> n.markRead(now));
        changes.publish(new NotificationsChanged(userId));
    }

    /**
     * Calls {@code onChange} whenever the signed-in user's notifications change, on the thread that announces it:
     * the listener must only hand off (mark its view stale).
     */
    @SignedIn
    public LiveChanges.Subscription watch(Runnable onChange) {
        var userId = currentUser.require().userId();
        return changes.subscribe(NotificationsChanged.class, change -> {
            if (change.userId() == userId) {
                onChange.run();
            }
        });
    }
}
