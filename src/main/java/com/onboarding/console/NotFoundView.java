package com.onboarding.console;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** No route, or a view that refused the address (a missing or another's customer, a malformed id). */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends DeadEnd<NotFoundException> {
}
