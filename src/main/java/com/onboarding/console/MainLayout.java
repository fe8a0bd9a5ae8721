package com.onboarding.console;

import com.onboarding.console.base.live.LiveChanges;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.base.ui.LiveRefresh;
import com.onboarding.console.base.ui.NavbarNotice;
import com.onboarding.console.notifications.service.NotificationService;
import com.onboarding.console.notifications.ui.NotificationsView;
import com.onboarding.console.security.AppUserPrincipal;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.service.UserPreferences;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: navigation limited to what the user's role may open (from the views' own
 * access annotations), who is logged in, logout, and the light/dark switch. It is the one part of the UI that
 * knows every feature, so it lives at the root, above them; features add notices to its bar.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final UserPreferences preferences;
    private final Button themeToggle = new Button();
    private final NotificationService notifications;
    private final Span unreadBadge = new Span();
    private LiveChanges.@Nullable Subscription subscription;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserPreferences preferences,
            NotificationService notifications, ObjectProvider<NavbarNotice> notices) {
        this.preferences = preferences;
        this.notifications = notifications;
        unreadBadge.getElement().getThemeList().add("badge contrast pill small");
        unreadBadge.setId("unread-notifications");
        var user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        var title = new Span("AWS Onboarding Console");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        var navbar = new Div(new DrawerToggle(), title);
        navbar.addClassNames("main-navbar", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM);
        notices.orderedStream().forEach(notice -> navbar.add(notice.create()));
        addToNavbar(navbar);

        addToDrawer(new Scroller(createSideNav(user)), createUserBox(user, authentication));
        applyTheme(preferences.darkTheme());
    }

    private SideNav createSideNav(AppUserPrincipal user) {
        var nav = new SideNav();
        nav.addClassNames(LumoUtility.Margin.Horizontal.MEDIUM);
        var customerId = user.customerId();
        if (customerId != null) {
            nav.addItem(new SideNavItem("My checklist", CustomerRoutes.checklist(customerId), VaadinIcon.CHECK_SQUARE_O.create()));
        }
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = createSideNavItem(entry);
            if (NotificationsView.class.equals(entry.menuClass())) {
                item.setSuffixComponent(unreadBadge);
            }
            nav.addItem(item);
        });
        return nav;
    }

    private static SideNavItem createSideNavItem(MenuEntry entry) {
        return entry.icon() != null
                ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
                : new SideNavItem(entry.title(), entry.path());
    }

    /**
     * The layout stays while people move between views: the count is asked again on each move, and when a
     * notification of the user's arrives or is read.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = notifications.watch(new LiveRefresh(event.getUI(), this::showUnread)::markStale);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void showUnread() {
        var unread = notifications.unreadCount();
        unreadBadge.setText(String.valueOf(unread));
        unreadBadge.getElement().setAttribute("aria-label", unread + " unread");
        unreadBadge.setVisible(unread > 0);
    }

    private Component createUserBox(AppUserPrincipal user, AuthenticationContext authentication) {
        var name = new Span(user.displayName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var role = new Span(user.role().label());
        role.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var who = new Div(name, role);
        who.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        who.setId("current-user");

        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClickListener(e -> {
            boolean dark = !isDark();
            applyTheme(dark);
            preferences.setDarkTheme(dark);
        });
        var logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var box = new Div(who, themeToggle, logout);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM,
                LumoUtility.Gap.SMALL);
        return box;
    }

    private boolean isDark() {
        return UI.getCurrent().getElement().getThemeList().contains(Lumo.DARK);
    }

    private void applyTheme(boolean dark) {
        var themes = UI.getCurrent().getElement().getThemeList();
        if (dark) {
            themes.add(Lumo.DARK);
        } else {
            themes.remove(Lumo.DARK);
        }
        themeToggle.setText(dark ? "Light theme" : "Dark theme");
        themeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        themeToggle.setId("theme-toggle");
    }
}
