package com.onboarding.console.base.ui;

import com.vaadin.flow.component.Component;

/** A notice a feature shows in the main layout's bar on every page, e.g. that AWS is simulated. */
public interface NavbarNotice {

    /** A new component each time: every UI gets its own. */
    Component create();
}
