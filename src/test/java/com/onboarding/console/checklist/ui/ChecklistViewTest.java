package com.onboarding.console.checklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChecklistViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    @Autowired
    ChecklistService checklists;

    @Autowired
    SandboxAws sandbox;

    @Autowired
    CredentialsService credentials;

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        runAs("ops");
        customer = fixture().customer("View Co");
    }

    private void open(Customer c) {
        UI.getCurrent().navigate("customers/" + c.id());
    }

    private List<String> buttonIds() {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("step-"))
                .toList();
    }

    @Test
    void customerSeesOwnChecklistWithOnlyTheirButtons() {
        var person = customerUser("viewer-" + customer.id(), customer.id());
        login(person.getUsername());
        open(customer);
        assertThat(_get(H2.class, spec -> spec.withId("customer-name")).getText()).isEqualTo(customer.getName());
        assertThat(buttonIds()).contains("step-1-1-confirm", "step-1-2-skip", "step-1-1-verify")
                .doesNotContain("step-2-1-confirm", "step-2-3-run_action", "step-1-1-reopen");
        assertThat(_find(Button.class, spec -> spec.withId("verify-all"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText(customer.getExternalId()))).isEmpty();
    }

    @Test
    void customerCannotOpenAnotherCustomersChecklist() {
        runAs("ops");
        var other = fixture().customer("Hidden Co");
        var person = customerUser("snoop-" + customer.id(), customer.id());
        login(person.getUsername());
        // Answered exactly like a customer that does not exist.
        assertThatThrownBy(() -> open(other)).isInstanceOf(NotFoundError.class)
                .hasMessageNotContaining(other.getName());
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/999999999")).isInstanceOf(NotFoundError.class);
        assertThat(_find(H2.class, spec -> spec.withText(other.getName()))).isEmpty();
    }

    @Test
    void csmOnlyAddsNotes() {
        login("csm");
        open(customer);
        assertThat(buttonIds()).isNotEmpty().allSatisfy(id -> assertThat(id).endsWith("-add_note"));
    }

    @Test
    void opsSeeVerifyAllGateOverrideAndTheExternalId() {
        login("ops");
        open(customer);
        _get(Button.class, spec -> spec.withId("verify-all"));
        _get(Button.class, spec -> spec.withId("override-phase-2"));
        _get(Span.class, spec -> spec.withText(customer.getExternalId()));
    }

    @Test
    void anOpenChecklistUpdatesWhenSomeoneElseChangesTheCustomer() {
        login("ops");
        open(customer);
        Supplier<String> status = () -> _get(_get(StepCard.class,
                spec -> spec.withId("step-1-3")), Span.class, spec -> spec.withClasses("step-status")).getText();
        assertThat(status.get()).isEqualTo("To do");
        // Another user's change, made through the service as from another browser.
        var version = checklists.load(customer.id()).checklist().step("1.3").getVersion();
        checklists.confirm(customer.id(), "1.3", version, "done by phone");
        MockVaadin.clientRoundtrip(false);
        assertThat(status.get()).isEqualTo("Done");
    }

    @Test
    void confirmingThroughTheDialogMarksTheStepDone() {
        login("ops");
        open(customer);
        _click(_get(Button.class, spec -> spec.withId("step-1-1-confirm")));
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        var card = _get(StepCard.class, spec -> spec.withId("step-1-1"));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("step-status")).getText()).isEqualTo("Done");
        assertThat(buttonIds()).contains("step-1-1-reopen").doesNotContain("step-1-1-confirm");
    }

    @Test
    void aFailedAwsActionIsNotifiedInAwsWordsAndShownOnItsStep() throws InterruptedException {
        login("ops");
        checklists.overrideGate(customer.id(), 2, "testing the notification");
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);
        var denied = "AWS denied iam:CreateRole in account " + customer.getAccountId() + ": the credentials in use"
                + " lack this permission. Use credentials of an administrator of the account, or check the role's"
                + " policy.";
        open(customer);

        _click(_get(Button.class, spec -> spec.withId("step-2-3-run_action")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        // The call runs off the UI thread; its outcome arrives like a server push.
        for (int i = 0; i < 100 && NotificationsKt.getNotifications().isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }

        NotificationsKt.expectNotifications("2.3: " + denied);
        var card = _get(StepCard.class, spec -> spec.withId("step-2-3"));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("step-status")).getText()).isEqualTo("Failed");
        assertThat(card.getElement().getTextRecursively()).contains(denied);
        assertThat(buttonIds()).contains("step-2-3-retry");
    }
}
