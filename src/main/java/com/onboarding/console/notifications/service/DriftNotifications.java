package com.onboarding.console.notifications.service;

import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.domain.DriftFound;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerLookup;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.domain.NotificationRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells OPS of drift: an in-app notification for each drifted step, linking to its checklist, and one e-mail
 * digest per OPS user naming customer, step and what differs.
 */
@Component
class DriftNotifications {

    static final String FLEET_ROUTE = "fleet";
    private static final int MESSAGE_MAX = 1000;

    private final NotificationRepository notifications;
    private final CustomerLookup customers;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final MailTemplate digest = MailTemplate.load("drift-digest");

    DriftNotifications(NotificationRepository notifications, CustomerLookup customers, UserDirectory users,
            MailOutbox outbox, MailSettings settings, Clock clock) {
        this.notifications = notifications;
        this.customers = customers;
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onDrift(DriftFound event) {
        var named = customers.findAll(event.drifts().stream().map(DriftFound.Drift::customerId).distinct()
                .toList()).stream().collect(Collectors.toMap(Customer::id, Function.identity()));
        var lines = new StringBuilder();
        for (var drift : event.drifts()) {
            var customer = named.get(drift.customerId());
            if (customer != null) {
                lines.append("- ").append(line(customer, drift)).append("\n  ").append(settings.baseUrl())
                        .append('/').append(CustomerRoutes.checklist(customer.id())).append("\n");
            }
        }
        var mail = digest.fill(Map.of("count", Integer.toString(event.drifts().size()), "drifts",
                lines.toString(), "fleetLink", settings.baseUrl() + "/" + FLEET_ROUTE));
        for (var ops : users.activeWithRole(Role.OPS)) {
            for (var drift : event.drifts()) {
                var customer = named.get(drift.customerId());
                if (customer != null) {
                    notifications.save(new Notification(ops.id(), customer.id(), clip("Drift: " + line(customer,
                            drift)), clock.instant()));
                }
            }
            if (ops.email() != null) {
                outbox.enqueue(ops.email(), mail.subject(), mail.body(), null, null);
            }
        }
    }

    private static String line(Customer customer, DriftFound.Drift drift) {
        return customer.getName() + " (" + customer.getAccountId() + "), step " + drift.code() + " "
                + StepCatalog.get(drift.code()).title() + ": was verified, now " + drift.verification().label()
                + ": " + drift.message();
    }

    private static String clip(String text) {
        return text.length() <= MESSAGE_MAX ? text : text.substring(0, MESSAGE_MAX - 1) + "…";
    }
}
