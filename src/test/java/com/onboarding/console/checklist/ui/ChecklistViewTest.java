package com.onboarding.console.checklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.onboarding.console.checklist.Steps.code;
import static com.onboarding.console.checklist.ui.ChecklistDriver.awaitUi;
import static com.onboarding.console.checklist.ui.ChecklistDriver.buttonIds;
import static com.onboarding.console.checklist.ui.ChecklistDriver.command;
import static com.onboarding.console.checklist.ui.ChecklistDriver.details;
import static com.onboarding.console.checklist.ui.ChecklistDriver.label;
import static com.onboarding.console.checklist.ui.ChecklistDriver.press;
import static com.onboarding.console.checklist.ui.ChecklistDriver.row;
import static com.onboarding.console.checklist.ui.ChecklistDriver.shown;
import static com.onboarding.console.checklist.ui.ChecklistDriver.status;
import static com.onboarding.console.checklist.ui.ChecklistDriver.stepButtons;
import static com.onboarding.console.checklist.ui.ChecklistDriver.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.routes.CustomerRoutes;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.checklist.service.StepEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.HtmlUtils;

/** The checklist page as each role sees it, and how it follows changes. */
class ChecklistViewTest extends KaribuTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    CredentialsService credentials;
    @Autowired
    SandboxAws sandbox;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DataSource dataSource;

    private Customer customer;

    @BeforeEach
    void newCustomer() {
        runAs("ops");
        customer = fixture().customer("View Co");
    }

    private void open() {
        UI.getCurrent().navigate(CustomerRoutes.checklist(customer.id()));
    }

    private static String summary(String code) {
        return row(code).getElement().getProperty("innerHTML");
    }

    private static NextStrip next() {
        return _get(NextStrip.class);
    }

    private static String nextText() {
        return next().getElement().getProperty("innerHTML");
    }

    /** A change by someone else, in their own session and thread, as from another browser. */
    private void asOther(String username, Runnable change) throws InterruptedException {
        var principal = runAs(username);
        SecurityContextHolder.clearContext();
        var failure = new ArrayList<Throwable>();
        var other = Thread.ofVirtual().start(() -> {
            SecurityContextHolder.getContext().setAuthentication(principal);
            try {
                change.run();
            } catch (RuntimeException | Error e) {
                failure.add(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        other.join();
        assertThat(failure).isEmpty();
    }

    private void pasteCredentials() {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
    }

    @Test
    void customerSeesOwnChecklistWithOnlyTheirButtonsAndTheirNextStep() {
        var person = customerUser("viewer-" + customer.id(), customer.id());
        login(person.getUsername());
        open();
        assertThat(shown(_get(ChecklistHeader.class))).contains("customer-name" + customer.getName());
        assertThat(_find(StepRow.class)).hasSize(16);
        assertThat(stepButtons()).containsExactly("step-1-1-confirm", "step-1-2-confirm", "step-1-2-skip",
                "step-1-3-confirm", "step-1-4-confirm", "step-1-5-confirm");
        assertThat(buttonIds(view())).doesNotContain("verify-all", "edit-customer", "aws-credentials",
                "override-phase-2").contains("show-timeline");
        assertThat(shown(_get(ChecklistView.class))).doesNotContain(customer.getExternalId());
        assertThat(nextText()).contains("Next for you").contains("1.1 Confirm " + customer.getAccountId()
                + " as the management account");
        assertThat(label("next-step-button")).isEqualTo("Confirm");
        assertThat(summary("1.3")).contains("aws+" + customer.getAccountId() + "@reseller.example");
    }

    @Test
    void aCustomerWhoHandsOverIsToldWhoWasNotifiedAndWhatHappensNext() {
        var person = customerUser("handover-" + customer.id(), customer.id());
        login(person.getUsername());
        open();
        press("step-1-5-confirm");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(status("1.5")).isEqualTo("done");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(
                com.github.mvysny.kaributools.NotificationsKt.getText(n)).isEqualTo("Thank you. AWS Ops take over"
                + " now with phase 2, the initial onboarding; this checklist shows their progress, and you will"
                + " hear from us if we need anything."));
    }

    @Test
    void customerCannotOpenAnotherCustomersChecklist() {
        runAs("ops");
        var other = fixture().customer("Hidden Co");
        var person = customerUser("snoop-" + customer.id(), customer.id());
        login(person.getUsername());
        // Answered exactly like a customer that does not exist.
        UI.getCurrent().navigate(CustomerRoutes.checklist(other.id()));
        assertThat(_get(H2.class, spec -> spec.withId("dead-end-title")).getText())
                .isEqualTo("This page doesn't exist or isn't available to you");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain(other.getName());
        UI.getCurrent().navigate(CustomerRoutes.checklist(999_999_999L));
        _get(H2.class, spec -> spec.withId("dead-end-title"));
        assertThat(_find(H2.class, spec -> spec.withText(other.getName()))).isEmpty();
    }

    @Test
    void csmHasNoStepButtonsButNotesAndSeesWhomTheCustomerWaitsOn() {
        login("csm");
        open();
        assertThat(stepButtons()).isEmpty();
        assertThat(buttonIds(next())).isEmpty();
        assertThat(nextText()).startsWith("Waiting on " + customer.getName() + ": ")
                .contains("1.1 Confirm");
        command(StepRow.DETAILS, "1.1");
        _get(TextArea.class, spec -> spec.withId("step-1-1-note")).setValue("Asked the customer by phone");
        _click(_get(Button.class, spec -> spec.withId("step-1-1-add_note")));
        assertThat(shown(details("1.1"))).contains("Note: Asked the customer by phone");
    }

    @Test
    void aNoteMarkedInternalIsShownToStaffButNotToTheCustomersPeople() {
        var person = customerUser("internal-" + customer.id(), customer.id());
        login("csm");
        open();
        command(StepRow.DETAILS, "1.1");
        _get(TextArea.class, spec -> spec.withId("step-1-1-note")).setValue("Slow to answer, call instead");
        _get(Checkbox.class, spec -> spec.withId("step-1-1-note-internal")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("step-1-1-add_note")));
        assertThat(shown(details("1.1"))).contains("Internal note: Slow to answer, call instead");

        runAs(person.getUsername());
        assertThat(checklists.history(customer.id(), code("1.1"))).extracting(StepEvent::what)
                .noneMatch(what -> what.contains("Slow to answer"));
    }

    @Test
    void theCustomersPeopleCannotMarkANoteInternal() {
        login(customerUser("no-internal-" + customer.id(), customer.id()).getUsername());
        open();
        command(StepRow.DETAILS, "1.1");
        assertThat(_find(TextArea.class, spec -> spec.withId("step-1-1-note"))).hasSize(1);
        assertThat(_find(Checkbox.class, spec -> spec.withId("step-1-1-note-internal"))).isEmpty();
    }

    @Test
    void opsSeeTheirButtonsTheGateOverrideAndTheExternalIdToCopy() {
        login("ops");
        pasteCredentials();
        open();
        assertThat(stepButtons()).contains("step-1-1-confirm", "step-1-1-verify", "step-1-2-skip",
                "step-2-3-verify").doesNotContain("step-2-3-run_action", "step-2-1-confirm");
        assertThat(shown(row("1.1"))).as("a customer's step: OPS may help, the customer confirms")
                .contains("id=\"step-1-1-confirm\" theme=\"small primary\"")
                .contains("id=\"step-1-1-verify\" theme=\"small tertiary\"");
        assertThat(buttonIds(view())).contains("verify-all", "override-phase-2", "edit-customer", "aws-credentials");
        assertThat(shown(view())).contains(customer.getExternalId());
        press("copy-external-id");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("navigator.clipboard"));
        assertThat(nextText()).startsWith("Waiting on " + customer.getName() + ": ");
    }

    @Test
    void administratorsMayActOnEveryStepAndTheirNextMoveIsTheFirstOpenStep() {
        login("admin");
        pasteCredentials();
        open();
        assertThat(stepButtons()).contains("step-1-1-confirm", "step-1-2-skip", "step-2-3-verify");
        assertThat(buttonIds(view())).contains("verify-all", "edit-customer", "override-phase-2");
        assertThat(nextText()).startsWith("Next for you: ").contains("1.1 Confirm");
    }

    @Test
    void withoutAccessToTheAccountNothingOffersACheckAndThePageSaysWhatBringsAccess() {
        login("ops");
        open();
        assertThat(stepButtons()).contains("step-1-1-confirm").noneMatch(id -> id.endsWith("-verify"));
        assertThat(buttonIds(view())).doesNotContain("verify-all").contains("aws-credentials", "paste-credentials");
        assertThat(shown(_get(ChecklistHeader.class))).contains("The console has no access to account "
                + customer.getAccountId() + " yet: paste temporary credentials of the account, or create the"
                + " platform role (step 2.3) with them.").doesNotContain("AssumeRole");
        press("paste-credentials");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        _get(TextField.class, spec -> spec.withId("credentials-access-key-id"));
        _get(Dialog.class).close();

        pasteCredentials();
        open();
        assertThat(stepButtons()).contains("step-1-1-verify", "step-2-3-verify");
        assertThat(buttonIds(view())).contains("verify-all").doesNotContain("paste-credentials");

        var person = customerUser("early-" + customer.id(), customer.id());
        login(person.getUsername());
        UI.getCurrent().navigate("faq");
        open();
        assertThat(stepButtons()).noneMatch(id -> id.endsWith("-verify"));
        assertThat(shown(_get(ChecklistHeader.class))).contains("The console has no access to account "
                + customer.getAccountId() + " yet: AWS Ops check this after step 2.3.");
        assertThat(buttonIds(view())).doesNotContain("paste-credentials");
    }

    @Test
    void rootMfaFoundOnAgainSupersedesItsRemovalInsteadOfFailingIt() {
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4", "1.5");
        sandbox.setRootMfa(customer.getAccountId(), true);
        login("ops");
        pasteCredentials();
        checklists.verifyAll(customer.id()).join();
        open();
        assertThat(status("2.2")).isEqualTo("done");
        command(PhaseSection.TOGGLE, "1");
        assertThat(summary("1.4")).contains("<span class=\"step-verification badge none\">Superseded by 2.2</span>")
                .doesNotContain("Mismatch").doesNotContain("badge error");
    }

    @Test
    void aStepsWordsFollowItsState() {
        login("ops");
        pasteCredentials();
        Steps.confirm(checklists, customer.id(), "1.1");
        checklists.verify(customer.id(), code("1.1")).join();
        open();
        command(StepRow.DETAILS, "1.1");
        assertThat(summary("1.1")).contains("badge success\">Verified</span>");
        assertThat(shown(details("1.1"))).contains("Confirmed by hand.").doesNotContain("not yet verified");

        checklists.reopen(customer.id(), code("1.1"), Steps.version(checklists, customer.id(), "1.1"),
                "Wrong account on record");
        open();
        assertThat(shown(details("1.1"))).contains("Reopened by ops at").doesNotContain("To do by");
    }

    @Test
    void onceEveryAwsStepIsDoneThePageOffersToForgetThePastedCredentials() {
        login("ops");
        pasteCredentials();
        checklists.overrideGate(customer.id(), 2, "testing the last step");
        checklists.overrideGate(customer.id(), 3, "testing the last step");
        for (var action : List.of("2.3", "2.4", "3.5", "3.6")) {
            checklists.run(customer.id(), code(action), Steps.version(checklists, customer.id(), action), null).join();
        }
        open();
        assertThat(_find(ConfirmDialog.class)).as("the tax profile is still to do").isEmpty();

        UI.getCurrent().navigate("faq");
        Steps.confirm(checklists, customer.id(), "3.2");
        open();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(credentials.current(customer.id())).isEmpty();
        assertThat(buttonIds(view())).contains("verify-all").as("checks go through the platform role now");
    }

    @Test
    void aForgedClickOnACommandThePageDoesNotOfferDoesNothing() {
        var person = customerUser("forger-" + customer.id(), customer.id());
        login(person.getUsername());
        open();
        command("run_action", "2.3");
        command(ChecklistHeader.EDIT_CUSTOMER, "");
        command(ChecklistHeader.VERIFY_ALL, "");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(status("2.3")).isEqualTo("todo");
    }

    @Test
    void theNextStepFollowsTheStagesForEveryRole() {
        var person = customerUser("stages-" + customer.id(), customer.id());
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4", "1.5");
        login("ops");
        open();
        assertThat(nextText()).contains("Next for you").contains("2.1 Reset the root password");
        assertThat(_find(StepRow.class, spec -> spec.withId("step-1-1"))).as("a done phase is one line").isEmpty();
        assertThat(shown(_get(PhaseSection.class, spec -> spec.withId("phase-1")))).contains("all 5 steps done");
        Steps.confirm(checklists, customer.id(), "2.1", "2.2");
        UI.getCurrent().navigate(CustomerRoutes.checklist(customer.id()));
        assertThat(nextText()).contains("2.3 Create the doitintl_cmp role in " + customer.getAccountId());
        assertThat(label("next-step-button")).isEqualTo("Run");

        login(person.getUsername());
        UI.getCurrent().navigate("faq");
        open();
        assertThat(nextText()).startsWith("Nothing for you to do now").contains("2.3 Create the doitintl_cmp role");
        login("csm");
        UI.getCurrent().navigate("faq");
        open();
        assertThat(nextText()).startsWith("Waiting on AWS Ops: ").contains("2.3");
    }

    @Test
    void aCompleteChecklistSaysSoAndFoldsEveryPhase() {
        var pasted = sandbox.issueCredentials(customer.getAccountId());
        Steps.confirm(checklists, customer.id(), "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2");
        for (var action : List.of("2.3", "2.4")) {
            checklists.run(customer.id(), code(action), Steps.version(checklists, customer.id(), action), null, pasted)
                    .join();
        }
        Steps.confirm(checklists, customer.id(), "2.5", "3.1", "3.2", "3.3", "3.4");
        for (var action : List.of("3.5", "3.6")) {
            checklists.run(customer.id(), code(action), Steps.version(checklists, customer.id(), action), null, pasted)
                    .join();
        }
        login("ops");
        open();
        assertThat(nextText()).contains("Onboarding complete");
        assertThat(_find(StepRow.class)).isEmpty();
        command(PhaseSection.TOGGLE, "2");
        assertThat(_find(StepRow.class)).hasSize(5);
    }

    @Test
    void anotherUsersChangeRedrawsOnlyTheChangedRowAndKeepsOpenDetailsAndATypedNote() throws Exception {
        var person = customerUser("live-" + customer.id(), customer.id());
        login("ops");
        open();
        var rows = _find(StepRow.class);
        var heads = rows.stream().map(Component::getElement).toList();
        command(StepRow.DETAILS, "1.2");
        var note = _get(TextArea.class, spec -> spec.withId("step-1-2-note"));
        note.setValue("half-typed");
        assertThat(status("1.3")).isEqualTo("todo");
        // What the browser has so far; from here on the state tree collects only what the change redraws.
        var tree = UI.getCurrent().getInternals().getStateTree();
        tree.collectChanges(change -> { });

        asOther(person.getUsername(), () -> Steps.confirm(checklists, customer.id(), "1.3"));
        login("ops");
        awaitUi(() -> status("1.3").equals("done"));

        var redrawn = new HashSet<Element>();
        tree.collectChanges(change -> redrawn.add(Element.get(change.getNode())));
        assertThat(_find(StepRow.class)).as("the same row components").containsExactlyElementsOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getElement().getNode()).isSameAs(heads.get(i).getNode());
        }
        assertThat(redrawn.stream().filter(heads::contains)).as("only the changed row's line is sent again")
                .containsExactly(row("1.3").getElement());
        assertThat(redrawn).as("the phase's line and bar, the header, the next-step strip")
                .contains(_get(PhaseSection.class, spec -> spec.withId("phase-1")).getElement().getChild(0));
        assertThat(summary("1.3")).contains("Done").contains(person.getUsername());
        assertThat(buttonIds(row("1.3"))).contains("step-1-3-reopen").doesNotContain("step-1-3-confirm");
        assertThat(row("1.2").isOpen()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("step-1-2-note"))).isSameAs(note);
        assertThat(note.getValue()).isEqualTo("half-typed");
        assertThat(shown(_get(PhaseSection.class, spec -> spec.withId("phase-1"))))
                .contains("<progress id=\"phase-1-progress\" max=\"100\" value=\"20\">");
    }

    @Test
    void confirmingThroughTheDialogMarksTheStepDone() {
        login("ops");
        open();
        press("step-1-1-confirm");
        _get(TextArea.class, spec -> spec.withId("reason")).setValue("<b>checked</b> with the customer");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(status("1.1")).isEqualTo("done");
        assertThat(stepButtons()).contains("step-1-1-reopen").doesNotContain("step-1-1-confirm");
        command(StepRow.DETAILS, "1.1");
        assertThat(shown(details("1.1"))).as("typed text is escaped")
                .contains("&lt;b&gt;checked&lt;/b&gt;").doesNotContain("<b>checked");
    }

    @Test
    void confirmingSppAsksForTheRelationshipIdAndShowsItOnTheStep() {
        checklists.overrideGate(customer.id(), 2, "Phase 1 done on the phone.");
        login("ops");
        open();
        press("step-2-5-confirm");
        var id = _get(TextField.class, spec -> spec.withId("step-input"));
        id.setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).startsWith("SPP relationship id \"12345\" is not in the expected form:")
                .contains("rs- followed by 13 lower-case letters or digits");
        assertThat(_find(InputConfirmDialog.class)).hasSize(1);
        assertThat(status("2.5")).isEqualTo("todo");
        id.setValue("rs-0a1b2c3d4e5f6");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(_find(InputConfirmDialog.class)).isEmpty();
        assertThat(status("2.5")).isEqualTo("done");
        assertThat(summary("2.5")).contains("<span class=\"step-input\">SPP relationship id: rs-0a1b2c3d4e5f6</span>");
        assertThat(checklists.history(customer.id(), code("2.5"))).extracting(StepEvent::what)
                .anyMatch(what -> what.contains("SPP relationship id: rs-0a1b2c3d4e5f6."));
    }

    @Test
    void aRefusedReasonKeepsTheTextAndShowsTheMessageAtTheField() throws Exception {
        var person = customerUser("refused-" + customer.id(), customer.id());
        login("ops");
        open();
        press("step-1-2-skip");
        var reason = _get(TextArea.class, spec -> spec.withId("reason"));
        reason.setValue("They have an admin user already");
        asOther(person.getUsername(), () -> Steps.confirm(checklists, customer.id(), "1.2"));
        login("ops");
        _click(_get(Button.class, spec -> spec.withId("confirm-reason")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Step 1.2 was changed by " + person.getUsername());
        assertThat(reason.getValue()).isEqualTo("They have an admin user already");
        assertThat(_find(ReasonDialog.class)).hasSize(1);
    }

    @Test
    void aRefusedTaxRegistrationKeepsTheFormAndMarksTheField() {
        login("ops");
        checklists.overrideGate(customer.id(), 3, "testing the tax form");
        open();
        press("step-3-2-run_action");
        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(ComboBox.class, spec -> spec.withLabel("Registration type"));
        type.setValue("VAT");
        _get(TextField.class, spec -> spec.withLabel("Legal name")).setValue("View Co GmbH");
        _click(_get(Button.class, spec -> spec.withId("tax-submit")));
        var id = _get(TextField.class, spec -> spec.withLabel("Registration id"));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo("Registration id is required.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Legal name")).getValue()).isEqualTo("View Co GmbH");
        assertThat(status("3.2")).isEqualTo("todo");
    }

    @Test
    void theTaxFormAsksForTheStateWhereAwsNeedsItAndRefusesItMissing() {
        login("ops");
        checklists.overrideGate(customer.id(), 3, "testing the tax form");
        open();
        press("step-3-2-run_action");
        assertThat(_find(TextField.class, spec -> spec.withLabel("State or region"))).as("not asked in DE")
                .isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(ComboBox.class, spec -> spec.withLabel("Registration type"));
        assertThat(type.getListDataView().getItems()).containsExactly("VAT", "GST", "CPF", "CNPJ", "SST", "TIN",
                "NRIC");
        type.setValue("GST");
        _get(TextField.class, spec -> spec.withLabel("Registration id")).setValue("123456789RT0001");
        _get(TextField.class, spec -> spec.withLabel("Legal name")).setValue("Maple Ltd");
        _get(TextField.class, spec -> spec.withLabel("Address")).setValue("1 Bay Street");
        _get(TextField.class, spec -> spec.withLabel("City")).setValue("Toronto");
        var postalCode = _get(TextField.class, spec -> spec.withLabel("Postal code"));
        assertThat(postalCode.isRequired()).isTrue();
        postalCode.setValue("M5J 2N8");
        _get(ComboBox.class, spec -> spec.withLabel("Country")).setValue("CA");
        var state = _get(TextField.class, spec -> spec.withLabel("State or region"));
        assertThat(state.isRequired()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("tax-submit")));

        assertThat(state.isInvalid()).isTrue();
        assertThat(state.getErrorMessage()).startsWith("State or region is required for a registration in CA");
        assertThat(postalCode.getValue()).isEqualTo("M5J 2N8");
        assertThat(status("3.2")).isEqualTo("todo");
    }

    @Test
    void runningAnActionShowsItsOutcomeOnTheStepWithoutReloadingThePage() {
        login("ops");
        checklists.overrideGate(customer.id(), 2, "testing the action");
        pasteCredentials();
        open();
        var rowBefore = row("2.3");
        assertThat(summary("2.3")).contains("Create the doitintl_cmp role in " + customer.getAccountId());
        press("step-2-3-run_action");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        // The step's live update and the action's own notice arrive separately, in either order.
        awaitUi(() -> status("2.3").equals("done") && !NotificationsKt.getNotifications().isEmpty());
        assertThat(row("2.3")).isSameAs(rowBefore);
        assertThat(summary("2.3")).contains("Verified");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("Created the platform role doitintl_cmp"));
    }

    @Test
    void aFailedAwsActionIsNotifiedInAwsWordsAndShownOnItsStep() {
        login("ops");
        checklists.overrideGate(customer.id(), 2, "testing the notification");
        pasteCredentials();
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.ACCESS_DENIED, 1);
        var denied = "AWS denied iam:CreateRole in account " + customer.getAccountId() + ": the credentials in use"
                + " lack this permission. Use credentials of an administrator of the account, or check the role's"
                + " policy.";
        open();

        press("step-2-3-run_action");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        // The call runs off the UI thread; its outcome arrives like a server push.
        awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());

        var stepMessage = String.valueOf(com.onboarding.console.checklist.Steps.line(checklists, customer.id(), "2.3")
                .message());
        assertThat(stepMessage).matches(java.util.regex.Pattern.quote(denied) + " \\(Error id [0-9a-f]{8}\\.\\)");
        NotificationsKt.expectNotifications("2.3: " + stepMessage);
        assertThat(status("2.3")).isEqualTo("failed");
        assertThat(summary("2.3")).contains("<span class=\"step-status badge error\">Failed</span>")
                .contains("<span class=\"step-verification badge error\">Check failed</span>");
        assertThat(buttonIds(row("2.3"))).contains("step-2-3-retry").doesNotContain("step-2-3-run_action");
        command(StepRow.DETAILS, "2.3");
        assertThat(shown(details("2.3"))).as("the step's message, escaped as markup")
                .contains(HtmlUtils.htmlEscape(denied, "UTF-8"));
    }

    @Test
    void detailsNameTheAwsConsolePageAndOpenItInANewTab() {
        login("ops");
        open();
        command(StepRow.DETAILS, "1.2");
        assertThat(shown(details("1.2"))).contains("<a href=\"https://console.aws.amazon.com/iam/home#/users\""
                + " target=\"_blank\" rel=\"noopener noreferrer\">Open IAM users in the AWS console</a>");
        assertThat(shown(row("1.2"))).contains("aria-expanded=\"true\"");
        command(StepRow.DETAILS, "2.3");
        assertThat(shown(details("2.3"))).contains(customer.getExternalId()).contains("123456789012")
                .contains("data-command=\"copy-external-id\"");
        command(StepRow.DETAILS, "1.2");
        assertThat(row("1.2").isOpen()).isFalse();
    }

    @Test
    void openingAndReloadingTheChecklistCallsNoAws() {
        login("ops");
        double before = awsCalls();
        open();
        UI.getCurrent().navigate("customers");
        open();
        assertThat(awsCalls()).isEqualTo(before);
        assertThat(shown(_get(ChecklistHeader.class))).contains("Payer type: <strong>dedicated payer account");
    }

    @Test
    void aDatabaseFailureOfABackgroundCheckIsShownOnTheStepWithAnErrorId() throws Exception {
        login("ops");
        pasteCredentials();
        open();
        // Another connection holds the customer's row, as a database that refuses writes: recording times out.
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select id from customer where id = ? for update")) {
                lock.setLong(1, customer.id());
                lock.executeQuery().close();
            }
            press("step-1-1-verify");
            awaitUi(() -> shown(row("1.1")).contains("error id"));
            connection.rollback();
        }
        assertThat(shown(row("1.1"))).contains("could not finish");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("1.1").contains("error id"));
    }

    private double awsCalls() {
        return meters.find("console.aws.calls").timers().stream().mapToDouble(Timer::count).sum();
    }
}
