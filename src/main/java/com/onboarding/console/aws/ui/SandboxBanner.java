package com.onboarding.console.aws.ui;

import com.onboarding.console.base.ui.NavbarNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Tells everyone on every page that the console talks to the sandbox, not to AWS. */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "console.aws.mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxBanner implements NavbarNotice {

    @Override
    public Component create() {
        var banner = new Span("Sandbox AWS: no real AWS calls");
        banner.addClassName("sandbox-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
