package com.onboarding.console.aws.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.aws.AwsCallException.Reason;
import com.onboarding.console.aws.sandbox.SandboxAccount;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sandbox's accounts narrow by a search, the root user's MFA and the failures still to come. */
class SandboxAccountFiltersTest extends KaribuTest {

    @Autowired
    private SandboxAws sandbox;

    private String calm;
    private String failing;
    private String calmEmail;

    @BeforeEach
    void twoAccounts() {
        calm = fixture().accountId();
        failing = fixture().accountId();
        calmEmail = TestFixture.unique("calm") + "@customer.example";
        sandbox.setRootEmail(calm, calmEmail);
        sandbox.setRootMfa(calm, true);
        sandbox.setRootEmail(failing, TestFixture.unique("failing") + "@customer.example");
        sandbox.setRootMfa(failing, false);
        sandbox.failNext(failing, Reason.THROTTLED, 2);
        login("ops");
        UI.getCurrent().navigate("sandbox");
    }

    @SuppressWarnings("unchecked")
    private static Grid<SandboxAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("sandbox-accounts"));
    }

    private static List<String> shownAccounts() {
        return GridKt._findAll(grid()).stream().map(SandboxAccount::accountId).toList();
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withId("sandbox-search"));
    }

    private static Checkbox failingOnly() {
        return _get(Checkbox.class, spec -> spec.withId("sandbox-failing-only"));
    }

    @SuppressWarnings("unchecked")
    private static Select<SandboxAccountFilters.RootMfa> mfa() {
        return _get(Select.class, spec -> spec.withId("sandbox-mfa-filter"));
    }

    @Test
    void theSearchFindsAnAccountByItsIdOrItsRootEmail() {
        assertThat(shownAccounts()).contains(calm, failing);

        search().setValue(calm);
        assertThat(shownAccounts()).containsExactly(calm);

        search().setValue(" " + calmEmail.substring(0, calmEmail.indexOf('@')).toUpperCase(Locale.ROOT) + " ");
        assertThat(shownAccounts()).containsExactly(calm);

        search().setValue("no-such-account");
        assertThat(shownAccounts()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("No sandbox accounts match the filters.");
    }

    @Test
    void onlyAccountsWithFailuresToComeAndByRootMfa() {
        failingOnly().setValue(true);
        assertThat(shownAccounts()).contains(failing).doesNotContain(calm);
        assertThat(GridKt._findAll(grid())).allSatisfy(account -> assertThat(account.pendingFailures()).isNotNull());

        failingOnly().setValue(false);
        mfa().setValue(SandboxAccountFilters.RootMfa.ON);
        assertThat(shownAccounts()).contains(calm).doesNotContain(failing);
        mfa().setValue(SandboxAccountFilters.RootMfa.OFF);
        assertThat(shownAccounts()).contains(failing).doesNotContain(calm);
        mfa().clear();
        assertThat(shownAccounts()).contains(calm, failing);
    }

    @Test
    void aChangeMadeOnThePageIsFilteredToo() {
        failingOnly().setValue(true);
        search().setValue(failing);
        _get(TextField.class, spec -> spec.withId("sandbox-account-id")).setValue(failing);
        _click(_get(Button.class, spec -> spec.withId("sandbox-open")));
        _get(IntegerField.class, spec -> spec.withId("sandbox-failure-times"))
                .setValue(0);
        _click(_get(Button.class, spec -> spec.withId("sandbox-fail")));

        assertThat(shownAccounts()).as("no failures to come any more").isEmpty();
    }

    @Test
    void onAPhoneTheFiltersFoldIntoAPanelThatCountsThem() {
        assertThat(shownAccounts()).contains(failing);
        resizeWindow(390, 844);
        var panel = _get(Details.class, spec -> spec.withClasses("folded-filters"));
        assertThat(panel.getSummaryText()).isEqualTo("Filters (0)");
        assertThat(panel.isOpened()).as("folded until asked for").isFalse();
        assertThat(panel.getContent()).as("the search is in the panel").containsExactly(search().getParent()
                .orElseThrow());

        search().setValue(failing);
        failingOnly().setValue(true);
        assertThat(panel.getSummaryText()).isEqualTo("Filters (2)");
        assertThat(shownAccounts()).containsExactly(failing);

        resizeWindow(1400, 900);
        _assertNone(Details.class, spec -> spec.withClasses("folded-filters"));
        assertThat(search().getValue()).as("what was chosen stays").isEqualTo(failing);
        assertThat(shownAccounts()).containsExactly(failing);
    }
}
