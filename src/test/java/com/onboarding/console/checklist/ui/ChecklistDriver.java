package com.onboarding.console.checklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.onboarding.console.checklist.domain.StepCode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Drives an open checklist page in Karibu as the browser would: its buttons are markup, so a press is the click
 * event the page's one listener gets, and what the page shows is its text and markup.
 */
public final class ChecklistDriver {

    private static final Pattern BUTTON = Pattern.compile("<vaadin-button id=\"([^\"]+)\" theme=\"([^\"]*)\""
            + " data-command=\"([^\"]+)\"(?: data-target=\"([^\"]+)\")?>([^<]*)</vaadin-button>");

    private ChecklistDriver() {
    }

    static ChecklistView view() {
        return _get(ChecklistView.class);
    }

    static StepRow row(String code) {
        return _get(StepRow.class, spec -> spec.withId(StepRow.domId(StepCode.parse(code))));
    }

    /** The details beside a step's row, once opened. */
    static StepDetails details(String code) {
        return _get(StepDetails.class, spec -> spec.withId(StepRow.domId(StepCode.parse(code)) + "-details"));
    }

    /** A step row's status as the page marks it, e.g. "done". */
    public static String status(String code) {
        return row(code).getElement().getAttribute("data-status");
    }

    /** Everything a component shows: its text, attributes and the markup of its light elements. */
    static String shown(Component component) {
        return shown(component.getElement());
    }

    private static String shown(Element element) {
        var text = new StringBuilder();
        if (element.isTextNode()) {
            text.append(element.getText());
        }
        element.getAttributeNames().forEach(name -> text.append(' ').append(element.getAttribute(name)));
        if (element.hasProperty("innerHTML")) {
            text.append(element.getProperty("innerHTML"));
        }
        element.getChildren().forEach(child -> text.append(shown(child)));
        return text.toString();
    }

    /** Ids of the buttons a component's markup shows, in order. */
    static List<String> buttonIds(Component component) {
        return BUTTON.matcher(shown(component)).results().map(m -> m.group(1)).toList();
    }

    /** Ids of the buttons on step rows. */
    static List<String> stepButtons() {
        return _find(StepRow.class).stream().flatMap(row -> buttonIds(row).stream()).toList();
    }

    /** The label of a button the page shows. */
    static String label(String buttonId) {
        return BUTTON.matcher(shown(view())).results().filter(m -> m.group(1).equals(buttonId)).findFirst()
                .map(m -> m.group(5)).orElseThrow(() -> new AssertionError("No button " + buttonId));
    }

    /** Presses a button of the page's markup, as the browser reports the click. */
    public static void press(String buttonId) {
        var button = BUTTON.matcher(shown(view())).results().filter(m -> m.group(1).equals(buttonId)).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + buttonId + " on the page"));
        command(button.group(3), button.group(4) == null ? "" : button.group(4));
    }

    /** A click on markup that gives this command, e.g. a step's summary line ("details", "1.2"). */
    static void command(String command, String target) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(Commands.FILTER, true);
        data.put(Commands.COMMAND, command);
        data.put(Commands.TARGET, target);
        ElementUtilsKt._fireDomEvent(view().getElement(), new DomEvent(view().getElement(), "click", data));
    }

    /** Lets the UI run what other threads handed it (live updates, finished AWS work) until the condition holds. */
    static void awaitUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not get there in time");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
