package com.onboarding.console.checklist.ui;

import com.onboarding.console.base.ui.DisplayTime;
import com.onboarding.console.base.ui.ErrorReport;
import com.onboarding.console.checklist.domain.CustomerStep;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.domain.StepCode;
import com.onboarding.console.checklist.domain.StepCommand;
import com.onboarding.console.checklist.domain.StepNames;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.StepEvent;
import com.onboarding.console.checklist.service.StepLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A step's details, made when first opened: what to do with the concrete names, a link that opens the AWS console
 * page in a new tab, the ExternalId to copy where a person needs it, the step's messages, who changed it when, its
 * latest history and a note field. On a change only the messages and the history are redrawn; a half-typed note
 * stays.
 */
final class StepDetails extends Div {

    private final Function<StepCode, List<StepEvent>> history;
    private final Element state = new Element("p");
    private final Element events = new Element("ul");

    /**
     * @param externalId the customer's ExternalId, shown with the platform role's step for staff
     * @param addNote adds a note to the step; refuses by throwing, which shows the message at the field
     * @param staff whether the reader is staff, who may mark a note internal
     */
    StepDetails(StepLine line, StepNames names, @Nullable String externalId,
            Function<StepCode, List<StepEvent>> history, NoteTaker addNote, boolean staff) {
        this.history = history;
        addClassName("step-details");
        var definition = StepCatalog.get(line.code());
        var help = new Element("div");
        help.setAttribute("class", "step-help");
        var markup = new Markup().paragraph("step-help-text", definition.help(names));
        var page = definition.consolePage();
        if (page != null) {
            markup.link(page.url(), "Open " + page.label() + " in the AWS console", true);
        }
        if (externalId != null && line.code().equals(StepCatalog.PLATFORM_ROLE)) {
            markup.raw(" ").span("step-external-id", "ExternalId ").strong(externalId).raw(" ")
                    .button(StepRow.domId(line.code()) + "-copy", ChecklistHeader.COPY_EXTERNAL_ID, null, "Copy",
                            "small tertiary");
        }
        markup.into(help);
        getElement().appendChild(help);
        state.setAttribute("class", "step-state");
        events.setAttribute("class", "step-history");
        getElement().appendChild(state, events);
        if (line.allowed().contains(StepCommand.ADD_NOTE)) {
            add(noteForm(line.code(), addNote, staff));
        }
        update(line);
    }

    private Div noteForm(StepCode code, NoteTaker addNote, boolean staff) {
        var note = new TextArea("Note");
        var internal = new Checkbox("Internal: staff only, hidden from the customer");
        internal.setId(StepRow.domId(code) + "-note-internal");
        note.setMaxLength(CustomerStep.NOTE_MAX);
        note.setId(StepRow.domId(code) + "-note");
        note.addClassName("step-note");
        var add = new Button("Add note", e -> {
            try {
                addNote.add(code, note.getValue(), internal.getValue());
                note.clear();
                internal.clear();
                note.setInvalid(false);
            } catch (RuntimeException refused) {
                note.setErrorMessage(ErrorReport.of(refused).message());
                note.setInvalid(true);
            }
        });
        add.setId(StepRow.domId(code) + "-add_note");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var form = new Div(note);
        if (staff) {
            form.add(internal);
        }
        form.add(add);
        form.addClassName("step-note-form");
        return form;
    }

    /** Adds a note to a step; refuses by throwing. */
    @FunctionalInterface
    interface NoteTaker {
        void add(StepCode code, String text, boolean internal);
    }

    /** Redraws what the step's change may have changed: its messages and its history. */
    void update(StepLine line) {
        var text = new Markup();
        if (line.message() != null) {
            text.text(line.message()).text(" ");
        }
        // An action's outcome is both its message and its check: said once.
        if (line.verificationAt() != null && line.verificationMessage() != null
                && !line.verificationMessage().equals(line.message())) {
            text.text("AWS check at " + DisplayTime.format(line.verificationAt()) + ": " + line.verificationMessage()
                    + " ");
        }
        if (line.changedBy() != null) {
            // A step that is to do again after someone changed it was reopened.
            var state = line.status() == StepStatus.TODO ? "Reopened" : line.status().label();
            text.span("step-who", state + " by " + line.changedBy() + " at " + DisplayTime.format(line.changedAt()));
        }
        text.into(state);
        var list = new Markup();
        for (var event : history.apply(line.code())) {
            list.item(DisplayTime.format(event.at()) + " " + event.actor() + ": " + event.what());
        }
        list.into(events);
    }
}
