package com.onboarding.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title with its actions at the right, on one line that wraps on a narrow window. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        var heading = new H2(title);
        add(heading);
        add(actions);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        expand(heading);
    }
}
