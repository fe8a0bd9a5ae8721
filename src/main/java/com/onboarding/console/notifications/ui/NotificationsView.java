package com.onboarding.console.notifications.ui;

import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.LiveRefresh;
import com.onboarding.console.base.ui.ViewHeader;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.service.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

@Route("notifications")
@PageTitle("Notifications | AWS Onboarding Console")
@Menu(order = 5, icon = "vaadin:bell-o", title = "Notifications")
@PermitAll
public class NotificationsView extends VerticalLayout {

    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private LiveChanges.@Nullable Subscription subscription;

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        grid.addColumn(n -> DisplayTime.format(n.getCreatedAt())).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Notification::getMessage).setHeader("Message").setFlexGrow(1);
        grid.addColumn(n -> n.getMailStatus() == null ? "" : n.getMailStatus().label()).setHeader("E-mail")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::openButton).setHeader("").setKey("open").setAutoWidth(true);
        grid.addColumn(n -> n.getReadAt() == null ? "New" : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setId("notifications");
        var markRead = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            refresh();
        });
        add(new ViewHeader("Notifications", markRead), grid);
        setSizeFull();
        refresh();
    }

    /** Opening the checklist a notification is about reads the notification. */
    private Component openButton(Notification notification) {
        var customerId = notification.getCustomerId();
        if (customerId == null || notification.getId() == null) {
            return new Span();
        }
        var id = notification.getId();
        var open = new Button("Open checklist", e -> {
            notifications.markRead(id);
            UI.getCurrent().navigate(CustomerRoutes.checklist(customerId));
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setId("open-notification-" + id);
        return open;
    }

    /** A notification that arrives while the list is open shows at once. */
    @Override
    protected void onAttach(AttachEvent event) {
        subscription = notifications.watch(new LiveRefresh(event.getUI(), this::refresh)::markStale);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void refresh() {
        grid.setItems(notifications.inbox(200));
    }
}
