package com.onboarding.console.aws.ui;

import com.onboarding.console.aws.sandbox.SandboxMode;
import com.onboarding.console.base.ui.NavbarNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Tells everyone on every page that the console talks to the sandbox, not to AWS. */
@org.springframework.stereotype.Component
@SandboxMode
class SandboxBanner implements NavbarNotice {

    @Override
    public Component create() {
        // On a phone the short form alone, as a chip; styles.css switches at the phone width.
        var full = new Span("Sandbox AWS: no real AWS calls");
        full.addClassName("sandbox-banner-full");
        var chip = new Span("Sandbox");
        chip.addClassName("sandbox-banner-chip");
        var banner = new Span(full, chip);
        banner.addClassName("sandbox-banner");
        banner.getElement().setAttribute("title", full.getText());
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
