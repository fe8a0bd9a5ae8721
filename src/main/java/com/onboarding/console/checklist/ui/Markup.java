package com.onboarding.console.checklist.ui;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The markup of the checklist's light elements: one element whose inner HTML holds a whole row, strip or bar,
 * buttons included, instead of a component per word and button. That keeps sixteen rows within a few dozen
 * elements and a few kilobytes. Every piece of text is escaped here, so typed text is shown as text and never
 * run. Buttons carry their command in {@code data-command} (and what it applies to in {@code data-target}); the
 * page listens for their clicks once, see {@link Commands}.
 */
final class Markup {

    private final StringBuilder html = new StringBuilder(256);

    /** Escaped text. */
    Markup text(@Nullable String text) {
        if (text != null) {
            html.append(HtmlUtils.htmlEscape(text, "UTF-8"));
        }
        return this;
    }

    /** Escaped text in a span of the given classes (which are the console's own, never typed). */
    Markup span(String classes, @Nullable String text) {
        html.append("<span class=\"").append(classes).append("\">");
        return text(text).raw("</span>");
    }

    Markup strong(@Nullable String text) {
        return raw("<strong>").text(text).raw("</strong>");
    }

    /** A list item of escaped text. */
    Markup item(String text) {
        return raw("<li>").text(text).raw("</li>");
    }

    /** A paragraph of escaped text. */
    Markup paragraph(String classes, @Nullable String text) {
        html.append("<p class=\"").append(classes).append("\">");
        return text(text).raw("</p>");
    }

    /** A Lumo button that gives a command of the page. */
    Markup button(String id, String command, @Nullable String target, String label, String theme) {
        html.append("<vaadin-button id=\"").append(id).append("\" theme=\"").append(theme)
                .append("\" data-command=\"").append(command).append('"');
        if (target != null) {
            html.append(" data-target=\"").append(HtmlUtils.htmlEscape(target, "UTF-8")).append('"');
        }
        html.append('>');
        return text(label).raw("</vaadin-button>");
    }

    /** A progress bar, as the browser draws it. */
    Markup progress(String id, int percent) {
        html.append("<progress id=\"").append(id).append("\" max=\"100\" value=\"").append(percent)
                .append("\">").append(percent).append("%</progress>");
        return this;
    }

    /** A link, to a page of the console or (when {@code newTab}) elsewhere. */
    Markup link(String href, String label, boolean newTab) {
        html.append("<a href=\"").append(HtmlUtils.htmlEscape(href, "UTF-8")).append('"');
        if (newTab) {
            html.append(" target=\"_blank\" rel=\"noopener noreferrer\"");
        }
        html.append('>');
        return text(label).raw("</a>");
    }

    /** Console-made markup around what the other methods escape. */
    Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    void into(Element element) {
        element.setProperty("innerHTML", html.toString());
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
