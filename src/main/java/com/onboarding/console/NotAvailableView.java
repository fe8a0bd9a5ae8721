package com.onboarding.console;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A view the user's role may not open. Answered like a missing page (as Vaadin does in production mode), so a
 * customer user learns nothing of the staff's views.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAvailableView extends DeadEnd<AccessDeniedException> {
}
