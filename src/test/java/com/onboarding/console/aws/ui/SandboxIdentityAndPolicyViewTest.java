package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AwsOnboarding;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sandbox page: the console's AWS identity on a click, and the platform role's policy as the customer edits it. */
class SandboxIdentityAndPolicyViewTest extends KaribuTest {

    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private AwsOnboarding onboarding;

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

    @Test
    void thePlatformRolesPolicyIsChangedAsTheCustomerWould() {
        login("ops");
        var customer = fixture().customer("Sandbox policy");
        var account = customer.getAccountId();
        onboarding.ensurePlatformRole(new AwsTarget(account, customer.getExternalId(), "admin",
                sandbox.issueCredentials(account)));
        UI.getCurrent().navigate("sandbox");
        _get(TextField.class, spec -> spec.withId("sandbox-account-id")).setValue(account);
        _click(_get(Button.class, spec -> spec.withId("sandbox-open")));

        var policy = _get(TextArea.class, spec -> spec.withId("sandbox-role-policy"));
        assertThat(policy.getValue()).contains("\"iam:GetAccountSummary\"");
        policy.setValue(policy.getValue().replace("\"iam:GetAccountSummary\",", ""));
        _click(_get(Button.class, spec -> spec.withId("sandbox-save-role-policy")));

        assertThat(sandbox.rolePolicies(account, "doitintl_cmp").values()).singleElement().asString()
                .doesNotContain("iam:GetAccountSummary").contains("iam:GetRole");

        var again = _get(TextArea.class, spec -> spec.withId("sandbox-role-policy"));
        again.setValue("{\"Statement\": [");
        _click(_get(Button.class, spec -> spec.withId("sandbox-save-role-policy")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sandbox-error")).getText())
                .startsWith("IAM refuses this policy (MalformedPolicyDocument: ");
    }
}
