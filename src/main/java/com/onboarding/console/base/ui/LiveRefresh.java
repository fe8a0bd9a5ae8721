package com.onboarding.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Marks a view stale when a change is announced, and reloads it in an access task of its own UI. The
 * announcing thread (a request committing a change, the database listener) only flips a flag and hands off:
 * several announcements before the reload runs make one reload.
 */
public final class LiveRefresh {

    private final AtomicBoolean stale = new AtomicBoolean();
    private final UI ui;
    private final Runnable reload;

    public LiveRefresh(UI ui, Runnable reload) {
        this.ui = ui;
        this.reload = reload;
    }

    public void markStale() {
        if (stale.compareAndSet(false, true)) {
            // UI.access runs the task at once when the session is free, so it is called from a thread of its own.
            Thread.ofVirtual().name("live-update").start(() -> {
                try {
                    ui.access(() -> {
                        stale.set(false);
                        reload.run();
                    });
                } catch (UIDetachedException e) {
                    stale.set(false);
                }
            });
        }
    }
}
