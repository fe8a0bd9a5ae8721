package com.onboarding.console.security.ui;

import com.onboarding.console.base.routes.LoginRoutes;
import com.onboarding.console.security.service.SingleSignOnSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where single sign-on ends for a person the provider knows but the console does not let in. */
@Route(value = LoginRoutes.NO_ACCESS, autoLayout = false)
@PageTitle("No access | AWS Onboarding Console")
@AnonymousAllowed
public class NoAccessView extends VerticalLayout implements BeforeEnterObserver {

    private final SingleSignOnSettings sso;
    private final Paragraph reason = new Paragraph();

    NoAccessView(SingleSignOnSettings sso) {
        this.sso = sso;
        setAlignItems(Alignment.CENTER);
        reason.setId("no-access-reason");
        add(new H1("No access to the AWS Onboarding Console"), reason, new Anchor("login", "Back to the login page"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean disabled = event.getLocation().getQueryParameters().getParameters().containsKey("disabled");
        reason.setText(disabled
                ? "Your user of the console is disabled. An administrator of the console can enable it again."
                : sso.providerName() + " signed you in, but none of your groups there gives a role in the console"
                        + " (AWS Ops, customer success manager or administrator). Ask the administrators of "
                        + sso.providerName() + " to add you to the console's group for your role.");
    }
}
