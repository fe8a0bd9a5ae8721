package com.onboarding.console.payer.ui;

import com.onboarding.console.payer.domain.FaqText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** An FAQ answer as paragraphs and lists; all of it set as text, so the content file can never inject HTML. */
class FaqAnswer extends Div {

    FaqAnswer(String answer) {
        FaqText.blocks(answer).forEach(block -> add(component(block)));
    }

    private static Component component(FaqText.Block block) {
        return switch (block) {
            case FaqText.Paragraph p -> new Paragraph(p.text());
            case FaqText.Items items -> {
                var list = items.numbered() ? new OrderedList() : new UnorderedList();
                items.items().forEach(item -> list.add(new ListItem(item)));
                yield list;
            }
        };
    }
}
