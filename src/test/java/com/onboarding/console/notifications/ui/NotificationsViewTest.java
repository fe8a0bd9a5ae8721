package com.onboarding.console.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.notifications.domain.Notification;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.security.domain.AppUserRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A notification whose link is followed is read; one that arrives shows while the list is open. */
class NotificationsViewTest extends KaribuTest {

    @Autowired
    private ChecklistService checklists;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private AppUserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void openingTheChecklistOfANotificationMarksItRead() {
        runAs("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        var customer = fixture().customer("Linked Co", csm.getId());
        var person = customerUser("linked-" + customer.id(), customer.id());
        runAs(person.getUsername());
        checklists.addNote(customer.id(), Steps.code("1.3"), "Root email changed");

        login("csm");
        long unread = notifications.unreadCount();
        UI.getCurrent().navigate("notifications");
        assertThat(badge().getText()).as("the menu entry counts the unread ones").isEqualTo(String.valueOf(unread));
        assertThat(badge().isVisible()).isTrue();
        var grid = (Grid<Notification>) _get(Grid.class, spec -> spec.withId("notifications"));
        assertThat(GridKt._get(grid, 0).getCustomerId()).isEqualTo(customer.id());
        _click((Button) GridKt._getCellComponent(grid, 0, "open"));

        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(badge().getText()).as("counted again after the move").isEqualTo(String.valueOf(unread - 1));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(CustomerRoutes.checklist(customer.id()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNotificationThatArrivesShowsInTheOpenListAndTheCount() {
        runAs("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        var customer = fixture().customer("Arriving Co", csm.getId());
        login("csm");
        UI.getCurrent().navigate("notifications");
        var grid = (Grid<Notification>) _get(Grid.class, spec -> spec.withId("notifications"));
        int shown = GridKt._size(grid);
        long unread = notifications.unreadCount();

        notifications.tell(csm.getId(), customer.id(), "Arrived while the list was open");

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return GridKt._size(grid) == shown + 1;
        });
        assertThat(GridKt._get(grid, 0).getMessage()).isEqualTo("Arrived while the list was open");
        assertThat(badge().getText()).as("the menu entry counts it without a move")
                .isEqualTo(String.valueOf(unread + 1));
    }

    private static Span badge() {
        return _get(Span.class, spec -> spec.withId("unread-notifications"));
    }
}
