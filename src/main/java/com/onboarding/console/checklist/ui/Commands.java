package com.onboarding.console.checklist.ui;

import com.vaadin.flow.dom.Element;
import java.util.function.BiConsumer;

/**
 * The one click listener of the checklist page: every button of its light markup says its command and target in
 * data attributes, and the page learns which one was pressed. What a command may do is decided on the server, from
 * the page's own state and the service's checks, never from what the browser sent.
 */
final class Commands {

    /** The pressed button's command, as the browser reports it. */
    static final String COMMAND = "event.target.closest('[data-command]').dataset.command";
    /** What the command applies to: a step code, a phase number, or nothing. */
    static final String TARGET = "(event.target.closest('[data-command]').dataset.target || '')";

    /** Only clicks on such buttons reach the server. */
    static final String FILTER = "event.target.closest('[data-command]') != null";

    private Commands() {
    }

    static void listen(Element page, BiConsumer<String, String> onCommand) {
        page.addEventListener("click", event -> onCommand.accept(event.getEventData().path(COMMAND).asString(""),
                        event.getEventData().path(TARGET).asString("")))
                .setFilter(FILTER)
                .addEventData(COMMAND)
                .addEventData(TARGET);
    }
}
