package com.onboarding.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live update never does a view's work on the thread that announces the change: that thread marks the view
 * stale and returns; the reload runs in the UI's own access task, once for several announcements.
 */
class LiveRefreshTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theAnnouncingThreadOnlyMarksTheViewStaleAndSeveralAnnouncementsMakeOneReload() throws Exception {
        var reloads = new CopyOnWriteArrayList<Thread>();
        var refresh = new LiveRefresh(UI.getCurrent(), () -> reloads.add(Thread.currentThread()));

        // This thread holds the UI's session, as a slow reload would: announcing must not wait for it.
        var publisher = Thread.ofPlatform().name("publisher").start(() -> {
            for (int i = 0; i < 5; i++) {
                refresh.markStale();
            }
        });
        publisher.join(Duration.ofSeconds(2));
        assertThat(publisher.isAlive()).as("the announcing thread returned at once").isFalse();
        assertThat(reloads).as("no reload on the announcing thread").isEmpty();

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !reloads.isEmpty();
        });
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return reloads.size() == 1;
        });
        assertThat(reloads).singleElement().isNotSameAs(publisher);

        refresh.markStale();
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return reloads.size() == 2;
        });
    }
}
