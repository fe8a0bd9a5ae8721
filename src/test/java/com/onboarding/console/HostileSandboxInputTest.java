package com.onboarding.console;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.onboarding.console.HostileInputTest.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.aws.AwsOnboarding;
import com.onboarding.console.aws.AwsSettings;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox page's text fields (account id, root email, IAM user name, the platform role's policy) with hostile
 * text: refused with a message that says what is expected, the account as it was; or, for a policy IAM takes,
 * kept exactly as typed.
 */
class HostileSandboxInputTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private SandboxAws sandbox;

    @Autowired
    private AwsOnboarding onboarding;

    @Autowired
    private AwsSettings settings;

    private String account;

    @BeforeEach
    void openAccount() {
        login("ops");
        var customer = fixture().customer("Hostile sandbox");
        account = customer.getAccountId();
        onboarding.ensurePlatformRole(new AwsTarget(account, customer.getExternalId(), "ops",
                sandbox.issueCredentials(account)));
        UI.getCurrent().navigate("sandbox");
        _get(TextField.class, spec -> spec.withId("sandbox-account-id")).setValue(account);
        _click(_get(Button.class, spec -> spec.withId("sandbox-open")));
    }

    @Test
    void accountIdsRefuseHostileTextAndOpenNoAccount() {
        var accountsBefore = sandbox.accounts();
        for (var hostile : HOSTILE) {
            _get(TextField.class, spec -> spec.withId("sandbox-account-id")).setValue(hostile);
            _click(_get(Button.class, spec -> spec.withId("sandbox-open")));
            assertRefused(hostile, "Account id");
            assertThat(sandbox.accounts()).as("no account opened").isEqualTo(accountsBefore);
        }
    }

    @Test
    void rootEmailsAndUserNamesRefuseHostileTextWithTheAccountAsItWas() {
        for (var hostile : HOSTILE) {
            var before = sandbox.account(account);
            save(hostile, "sandbox-root-email", "sandbox-save-email");
            assertRefused(hostile, "Root email");
            save(hostile, "sandbox-admin-user", "sandbox-create-admin");
            assertRefused(hostile, "IAM user name");
            assertThat(sandbox.account(account)).as("nothing changed").isEqualTo(before);
        }
        save("ops+" + account + "@reseller.example", "sandbox-root-email", "sandbox-save-email");
        save("onboarding.admin@example", "sandbox-admin-user", "sandbox-create-admin");
        assertThat(error()).isEmpty();
        assertThat(sandbox.account(account)).extracting(SandboxAccount::rootEmail, SandboxAccount::adminUsers)
                .containsExactly("ops+" + account + "@reseller.example", List.of("onboarding.admin@example"));
    }

    /**
     * Hostile text is no policy document; inside one, IAM takes it exactly as typed when its characters are within
     * IAM's pattern (Latin-1, tab and line breaks) and refuses the rest, the role's policy as it was.
     */
    @Test
    void rolePoliciesTakeHostileTextExactlyOrRefuseItWithThePolicyAsItWas() {
        for (var hostile : HOSTILE) {
            var before = policies();
            savePolicy(hostile);
            assertThat(error()).as("%s is no policy", shortened(hostile)).startsWith("IAM refuses this policy (");
            assertThat(policies()).as("nothing changed").isEqualTo(before);

            var document = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                    + " \"iam:GetRole\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\":"
                    + " {\"aws:PrincipalTag/team\": " + JSON.writeValueAsString(hostile) + "}}}]}";
            savePolicy(document);
            if (document.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xFF)) {
                assertThat(error()).as("IAM takes %s", shortened(hostile)).isEmpty();
                assertThat(policies().values()).singleElement().isEqualTo(document);
            } else {
                assertThat(error()).as("IAM refuses %s", shortened(hostile))
                        .startsWith("IAM refuses this policy (ValidationError: ");
                assertThat(policies()).as("nothing changed").isEqualTo(before);
            }
        }
    }

    private Map<String, String> policies() {
        return sandbox.rolePolicies(account, settings.platformRoleName());
    }

    private static void savePolicy(String document) {
        _get(TextArea.class, spec -> spec.withId("sandbox-role-policy")).setValue(document);
        _click(_get(Button.class, spec -> spec.withId("sandbox-save-role-policy")));
    }

    private static void save(String value, String fieldId, String buttonId) {
        _get(TextField.class, spec -> spec.withId(fieldId)).setValue(value);
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    private static void assertRefused(String hostile, String label) {
        assertThat(error()).as("%s with %s", label, shortened(hostile)).startsWith(label)
                .doesNotContain("Exception").hasSizeLessThan(400);
    }

    private static String error() {
        return _get(Paragraph.class, spec -> spec.withId("sandbox-error")).getText();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
