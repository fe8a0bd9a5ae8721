package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** OPS see, on a click, which AWS identity the console acts as. */
class SandboxViewIdentityTest extends KaribuTest {

    @Test
    void theConsolesIdentityIsShownOnAClickNotWhileThePageRenders() {
        login("ops");
        UI.getCurrent().navigate("sandbox");

        var status = _get(Paragraph.class, spec -> spec.withId("aws-identity-status"));
        assertThat(status.getText()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("aws-identity-check")));

        assertThat(status.getText()).isEqualTo("The console acts as arn:aws:sts::123456789012:assumed-role/"
                + "onboarding-console/console-session, in the platform account 123456789012.");
        assertThat(status.hasClassName("text-error")).isFalse();
    }
}
