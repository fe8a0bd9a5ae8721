package com.onboarding.console.security;

import com.onboarding.console.base.live.Change.UserAccessChanged;
import com.onboarding.console.base.live.LiveChanges;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Ends every open session of a user whose access changed (disabled, new role or customer, new password), on
 * every instance, at once: the session is invalidated, which drops what it held (pasted AWS credentials among
 * it), and each of its pages is sent to the login. Without this an open page would go on showing what the user
 * may no longer see until its next request; the access bean refuses that request, this ends the page.
 */
@Component
class LiveSignOut implements VaadinServiceInitListener {

    private static final String LOGIN = "login";

    /** The user each session of this instance was signed in as when it last navigated. */
    private final Map<VaadinSession, AppUserPrincipal> signedIn = new ConcurrentHashMap<>();
    private final Access access;
    private final CurrentUser currentUser;

    LiveSignOut(LiveChanges changes, Access access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
        changes.subscribe(UserAccessChanged.class, this::accessChanged);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(
                enter -> currentUser.get().ifPresent(user -> signedIn.put(enter.getUI().getSession(), user))));
        event.getSource().addSessionDestroyListener(destroy -> signedIn.remove(destroy.getSession()));
    }

    /** On the thread that announces the change: only hands each of the user's sessions a task of its own. */
    private void accessChanged(UserAccessChanged change) {
        signedIn.forEach((session, user) -> {
            if (user.userId() == change.userId()) {
                // VaadinSession.access runs the task at once when the session is free, so not on this thread.
                Thread.ofVirtual().name("live-sign-out").start(() -> session.access(() -> endIfStale(session)));
            }
        });
    }

    /** The change may have been undone, or the session signed in again since: only a stale login ends. */
    private void endIfStale(VaadinSession session) {
        var user = signedIn.get(session);
        if (user == null || access.isCurrent(user)) {
            return;
        }
        signedIn.remove(session);
        for (var ui : session.getUIs()) {
            ui.accessSynchronously(() -> {
                ui.getPage().setLocation(LOGIN);
                // Sent before the session goes, which closes the page's push connection.
                if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                    ui.push();
                }
            });
        }
        var http = session.getSession();
        if (http != null) {
            http.invalidate();
        }
    }
}
