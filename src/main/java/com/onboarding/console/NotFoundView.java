package com.onboarding.console;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** No route, or a view that refused the address (a missing or another's customer, a malformed id). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends DeadEnd implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return status();
    }
}
