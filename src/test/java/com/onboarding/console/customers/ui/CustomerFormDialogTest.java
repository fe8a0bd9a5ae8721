package com.onboarding.console.customers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.onboarding.console.customers.ui.CustomersViewTest.grid;
import static com.onboarding.console.customers.ui.CustomersViewTest.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.base.domain.EmailAddress;
import com.onboarding.console.customers.TestCustomers;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.customers.service.StaleCustomerException;
import com.onboarding.console.security.CurrentUser;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class CustomerFormDialogTest extends KaribuTest {

    @Autowired
    private CustomerService service;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDirectory users;
    @Autowired
    private CurrentUser currentUser;

    private TestCustomers fixture;

    @BeforeEach
    void createFixture() {
        fixture = new TestCustomers(context);
    }

    @Test
    void badAccountIdIsShownAtTheFieldAndNothingIsSaved() {
        login("csm");
        UI.getCurrent().navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        var name = fixture.prefix() + " Newco";
        field("customer-name").setValue(name);
        field("customer-account-id").setValue("1234-5678");
        country().setValue("DE");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        var account = field("customer-account-id");
        assertThat(account.isInvalid()).isTrue();
        assertThat(account.getErrorMessage()).contains("has 8 digits").contains("exactly 12 digits");
        assertThat(field("customer-name").isInvalid()).isFalse();
        assertThat(service.count(new CustomerFilter(fixture.prefix(), null, null, null, false))).isZero();
        _get(CustomerFormDialog.class);
    }

    @Test
    void aRefusalFindsItsFieldByItsKeyWhateverTheLabelSays() {
        login("ops");
        openNewCustomerForm();
        var payer = field("customer-payer-account-id");
        payer.setLabel("Paid by");
        field("customer-name").setValue(fixture.prefix() + " Relabelled");
        field("customer-account-id").setValue(fixture.newAccountId());
        country().setValue("DE");
        payer.setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        assertThat(payer.isInvalid()).isTrue();
        assertThat(payer.getErrorMessage()).isEqualTo("Payer account id has 5 digits: an AWS account id has exactly"
                + " 12 digits, such as 123456789012.");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(service.count(new CustomerFilter(fixture.prefix(), null, null, null, false))).isZero();
    }

    @Test
    void aNameLongerThanAllowedIsCountedAndNamedInsteadOfCut() {
        login("ops");
        openNewCustomerForm();
        var name = field("customer-name");
        assertThat(name.getHelperText()).isEqualTo("0/" + Customer.NAME_MAX);
        assertThat(name.getMaxLength()).as("the browser does not cut a paste").isZero();

        name.setValue("N".repeat(Customer.NAME_MAX + 5));

        assertThat(name.getValue()).hasSize(Customer.NAME_MAX + 5);
        assertThat(name.getHelperText()).isEqualTo((Customer.NAME_MAX + 5) + "/" + Customer.NAME_MAX);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name is " + (Customer.NAME_MAX + 5)
                + " characters long: at most " + Customer.NAME_MAX + " are allowed.");

        name.setValue(fixture.prefix() + " Short");
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void theRootEmailIsSuggestedOnlyFromACompleteAccountId() {
        login("ops");
        UI.getCurrent().navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        field("customer-name").setValue(fixture.prefix() + " Suggest");
        field("customer-account-id").setValue("1234");
        assertThat(field("customer-root-email").getValue()).as("no address from a partial id").isEmpty();
        field("customer-account-id").setValue("1234-5678-9012");
        assertThat(field("customer-root-email").getValue()).isEqualTo("aws+123456789012@reseller.example");
        field("customer-account-id").setValue("12345");
        assertThat(field("customer-root-email").getValue()).as("the stale suggestion goes").isEmpty();
    }

    @Test
    void aCustomerWithoutCsmIsFlaggedAsNotifyingNobodyAtPhaseOne() {
        login("ops");
        openNewCustomerForm();
        ComboBox<UserDirectory.Person> csm = component("customer-csm");
        assertThat(csm.getHelperText()).isEqualTo("Without a CSM, nobody is told when the customer completes"
                + " phase 1 (step 1.5).");
        csm.setValue(users.activeWithRole(Role.CSM).getFirst());
        assertThat(csm.getHelperText()).isNull();
        csm.clear();
        assertThat(csm.getHelperText()).startsWith("Without a CSM");
    }

    @Test
    void goodInputCreatesTheCustomerWithTheSuggestedRootEmail() {
        login("ops");
        UI.getCurrent().navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        var accountId = fixture.newAccountId();
        field("customer-name").setValue(fixture.prefix() + " Goodco");
        field("customer-account-id").setValue(accountId.substring(0, 4) + " " + accountId.substring(4));
        assertThat(field("customer-root-email").getValue()).isEqualTo("aws+" + accountId + "@reseller.example");
        country().setValue("FR");
        _get(TextArea.class, spec -> spec.withId("customer-notes")).setValue("Signed in March");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        _assertNone(CustomerFormDialog.class);
        var saved = service.list(new CustomerFilter(fixture.prefix(), null, null, null, false),
                CustomerSort.NAME, true, 0, 10);
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo(fixture.prefix() + " Goodco");
            assertThat(c.getAccountId()).isEqualTo(accountId);
            assertThat(c.getBillingCountry()).isEqualTo("FR");
            assertThat(c.getRootEmail()).isEqualTo("aws+" + accountId + "@reseller.example");
            assertThat(c.getNotes()).isEqualTo("Signed in March");
        });
        search(fixture.prefix());
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void theChecklistMovingOnWhileTheFormIsOpenDoesNotMakeTheEditStale() {
        login("ops");
        var customer = fixture.create("Moving", null);
        CustomerFormDialog.edit(service, users, currentUser, customer, () -> { }).open();

        fixture.work(customer, 2, 0);
        field("customer-name").setValue(fixture.prefix() + " Mine");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        _assertNone(CustomerFormDialog.class);
        var saved = service.get(customer.id());
        assertThat(saved.getName()).isEqualTo(fixture.prefix() + " Mine");
        assertThat(saved.getCompletedSteps()).isEqualTo(2);
    }

    @Test
    void staleEditShowsTheMessageAndReloadsCurrentData() {
        login("ops");
        var customer = fixture.create("Stale", null);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        _click((Button) GridKt._getCellComponent(grid(), 0, "edit"));
        assertThat(field("customer-external-id").getValue()).isEqualTo(customer.getExternalId());

        // Someone else saves first.
        service.update(customer.id(), customer.getVersion(), new CustomerDraft(fixture.prefix() + " Renamed",
                customer.getAccountId(), null, "DE", customer.getRootEmail(), null, null));
        field("customer-name").setValue(fixture.prefix() + " Mine");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        NotificationsKt.expectNotifications(new StaleCustomerException().getMessage());
        assertThat(field("customer-name").getValue()).isEqualTo(fixture.prefix() + " Renamed");
        assertThat(service.get(customer.id()).getName()).isEqualTo(fixture.prefix() + " Renamed");

        // The reloaded form saves onto the current version.
        field("customer-name").setValue(fixture.prefix() + " Mine");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));
        _assertNone(CustomerFormDialog.class);
        assertThat(service.get(customer.id()).getName()).isEqualTo(fixture.prefix() + " Mine");
    }

    @Test
    void theCsmSwitchesRemindersOffAndOnInTheForm() {
        login("csm");
        var customer = fixture.create("Reminders", null);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        _click((Button) GridKt._getCellComponent(grid(), 0, "edit"));
        var reminders = _get(Checkbox.class, spec -> spec.withId("customer-reminders"));
        assertThat(reminders.getValue()).as("on for a new customer").isTrue();

        reminders.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));
        assertThat(service.get(customer.id()).isRemindersOff()).isTrue();

        _click((Button) GridKt._getCellComponent(grid(), 0, "edit"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("customer-reminders")).getValue()).isFalse();
        _get(Checkbox.class, spec -> spec.withId("customer-reminders")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));
        assertThat(service.get(customer.id()).isRemindersOff()).isFalse();
    }

    @Test
    void archiveAsksFirstThenRestoreBringsItBack() {
        login("admin");
        var customer = fixture.create("Archivable", null);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        _click((Button) GridKt._getCellComponent(grid(), 0, "edit"));
        _click(_get(Button.class, spec -> spec.withId("archive-customer").withText("Archive")));
        assertThat(service.get(customer.id()).isArchived()).isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(service.get(customer.id()).isArchived()).isTrue();
        assertThat(GridKt._size(grid())).isZero();

        var archived = service.get(customer.id());
        CustomerFormDialog.edit(service, users, currentUser, archived, () -> { }).open();
        _click(_get(Button.class, spec -> spec.withId("archive-customer").withText("Restore")));
        assertThat(service.get(customer.id()).isArchived()).isFalse();
    }

    @Test
    void externalIdIsHiddenFromCsms() {
        login("csm");
        fixture.create("Secretive", null);
        UI.getCurrent().navigate("customers");
        search(fixture.prefix());
        _click((Button) GridKt._getCellComponent(grid(), 0, "edit"));
        _get(CustomerFormDialog.class);
        _assertNone(TextField.class, spec -> spec.withId("customer-external-id"));
    }

    @Test
    void everyFieldAtItsColumnLengthIsSavedWhole() {
        login("ops");
        var name = fixture.prefix() + " " + "N".repeat(Customer.NAME_MAX - fixture.prefix().length() - 1);
        var email = "r".repeat(EmailAddress.MAX_LENGTH - "@reseller.example".length()) + "@reseller.example";
        var notes = "Line one\n" + "n".repeat(Customer.NOTES_MAX - 9);
        var accountId = fixture.newAccountId();
        var payer = fixture.newAccountId();
        openNewCustomerForm();
        field("customer-name").setValue(name);
        field("customer-account-id").setValue(accountId);
        country().setValue("DE");
        field("customer-root-email").setValue(email);
        field("customer-payer-account-id").setValue(payer);
        _get(TextArea.class, spec -> spec.withId("customer-notes")).setValue(notes);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        _assertNone(CustomerFormDialog.class);
        var saved = service.list(new CustomerFilter(accountId, null, null, null, false), CustomerSort.NAME, true, 0,
                10);
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo(name).hasSize(Customer.NAME_MAX);
            assertThat(c.getAccountId()).isEqualTo(accountId);
            assertThat(c.getRootEmail()).isEqualTo(email).hasSize(EmailAddress.MAX_LENGTH);
            assertThat(c.getPayerAccountId()).isEqualTo(payer);
            assertThat(c.getNotes()).isEqualTo(notes).hasSize(Customer.NOTES_MAX);
        });
    }

    static Stream<Arguments> refusedInput() {
        return Stream.of(
                Arguments.of("customer-name", "N".repeat(Customer.NAME_MAX + 1),
                        "Name is 201 characters long: at most 200 are allowed."),
                Arguments.of("customer-root-email",
                        "r".repeat(EmailAddress.MAX_LENGTH + 1 - "@reseller.example".length()) + "@reseller.example",
                        "Root email is 255 characters long: at most 254 are allowed."),
                Arguments.of("customer-notes", "n".repeat(Customer.NOTES_MAX + 1),
                        "Notes is 4001 characters long: at most 4000 are allowed."),
                Arguments.of("customer-account-id", "1234567890123",
                        "Management account id has 13 digits: an AWS account id has exactly 12 digits, such as"
                                + " 123456789012."),
                Arguments.of("customer-payer-account-id", "1234567890123",
                        "Payer account id has 13 digits: an AWS account id has exactly 12 digits, such as"
                                + " 123456789012."),
                Arguments.of("customer-name", "Bell\u0007 Corp",
                        "Name contains an invisible control character: use letters, digits and punctuation only."),
                Arguments.of("customer-notes", "Signed\u0000 in March",
                        "Notes contains an invisible control character: use letters, digits and punctuation only."),
                Arguments.of("customer-root-email", "root\u001b@customer.example",
                        "Root email contains an invisible control character: use letters, digits and punctuation"
                                + " only."));
    }

    /** One field over its limit or with a control character: its message at the field, nothing saved. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedInput")
    void badInputIsRefusedAtItsFieldAndNothingIsSaved(String fieldId, String value, String message) {
        login("ops");
        var accountId = fixture.newAccountId();
        openNewCustomerForm();
        field("customer-name").setValue(fixture.prefix() + " Limits");
        field("customer-account-id").setValue(accountId);
        country().setValue("DE");
        this.<HasValue<?, String>>component(fieldId).setValue(value);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        HasValidation shown = component(fieldId);
        assertThat(shown.isInvalid()).isTrue();
        assertThat(shown.getErrorMessage()).isEqualTo(message);
        _get(CustomerFormDialog.class);
        assertThat(service.count(new CustomerFilter(accountId, null, null, null, false))).isZero();
        assertThat(service.count(new CustomerFilter(fixture.prefix(), null, null, null, false))).isZero();
    }

    @Test
    void aSecondCustomerForTheSameAccountIsRefusedNamingTheFirst() {
        login("ops");
        var first = fixture.create("First", null);
        openNewCustomerForm();
        field("customer-name").setValue(fixture.prefix() + " Second");
        field("customer-account-id").setValue(first.getAccountId().substring(0, 6) + "-"
                + first.getAccountId().substring(6));
        country().setValue("DE");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        var account = field("customer-account-id");
        assertThat(account.isInvalid()).isTrue();
        assertThat(account.getErrorMessage()).isEqualTo("Account " + first.getAccountId()
                + " already belongs to the customer \"" + first.getName() + "\": each account is onboarded once.");
        assertThat(service.list(new CustomerFilter(fixture.prefix(), null, null, null, true), CustomerSort.NAME, true,
                0, 10)).isEmpty();
        assertThat(service.list(new CustomerFilter(fixture.prefix(), null, null, null, false), CustomerSort.NAME,
                true, 0, 10)).extracting(Customer::getName).containsExactly(first.getName());

        // Editing the first customer keeps its own account id.
        service.update(first.id(), first.getVersion(), new CustomerDraft(first.getName() + " Renamed",
                first.getAccountId(), null, "DE", first.getRootEmail(), null, null));
        assertThat(service.get(first.id()).getName()).isEqualTo(first.getName() + " Renamed");
    }

    private static void openNewCustomerForm() {
        UI.getCurrent().navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
    }

    @SuppressWarnings("unchecked")
    private <T> T component(String id) {
        return (T) _get(Component.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> country() {
        return _get(ComboBox.class, spec -> spec.withId("customer-country"));
    }
}
