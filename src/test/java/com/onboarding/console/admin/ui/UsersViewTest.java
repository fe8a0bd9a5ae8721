package com.onboarding.console.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.security.domain.AppUser;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    private AppUserRepository users;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        UI.getCurrent().navigate("admin/users");
    }

    @Test
    void listsUsers() {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        var usernames = GridKt._findAll(grid).stream().map(UserSummary::username).toList();
        assertThat(usernames).contains("admin", "ops", "csm");
    }

    @Test
    void aRefusalFindsItsFieldByItsKeyWhateverTheLabelSays() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var username = _get(TextField.class, spec -> spec.withLabel("Username"));
        username.setLabel("Login");
        fillNewUser("Login", "Not Valid!", "Lena Label", "long enough password");

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo(AppUser.USERNAME_RULE);
        _assertNone(Paragraph.class, spec -> spec.withId("dialog-problem"));
    }

    @Test
    void twoDifferentPasswordsAreRefusedAtTheRepeatedOne() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(TestFixture.unique("rita.repeat"));
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("long enough password");
        var repeat = _get(PasswordField.class, spec -> spec.withLabel("Repeat password"));
        repeat.setValue("long enough passwort");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords differ: type the same one twice.");
    }

    @Test
    void createsAUserAndExplainsARefusedPassword() {
        var username = TestFixture.unique("vera.view");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        fillNewUser("Username", username, "Vera View", "too short");

        var password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        assertThat(users.findByUsername(username)).isEmpty();

        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("long enough password");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat password")).setValue("long enough password");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(users.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.getRole()).isEqualTo(Role.CSM);
            assertThat(u.getDisplayName()).isEqualTo("Vera View");
        });
    }

    @Test
    void aCustomerUserIsBoundToACustomerFoundByTypingAmongAllOfThem() {
        var name = TestFixture.unique("Quokka Outfitters");
        var customer = fixture().customer(name);
        var username = TestFixture.unique("quinn");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue(username);
        _get(TextField.class, spec -> spec.withLabel("Display name")).setValue("Quinn Quokka");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        role.setValue(Role.CUSTOMER);
        @SuppressWarnings("unchecked")
        ComboBox<UsersView.CustomerChoice> choice = _get(ComboBox.class, spec -> spec.withLabel("Customer"));

        assertThat(choice.getDataProvider().isInMemory()).as("customers are fetched as typed, not all loaded")
                .isFalse();
        ComboBoxKt.setUserInput(choice, name);
        assertThat(ComboBoxKt.getSuggestionItems(choice)).containsExactly(UsersView.CustomerChoice.of(customer));

        choice.setValue(UsersView.CustomerChoice.of(customer));
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("long enough password");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat password")).setValue("long enough password");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(users.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.getRole()).isEqualTo(Role.CUSTOMER);
            assertThat(u.getCustomerId()).isEqualTo(customer.id());
        });
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._findAll(grid)).filteredOn(u -> u.username().equals(username)).singleElement()
                .satisfies(u -> assertThat(u.customerId()).isEqualTo(customer.id()));
    }

    /** Fills the open new-user dialog for a CSM and saves it. */
    private static void fillNewUser(String usernameLabel, String username, String displayName, String password) {
        _get(TextField.class, spec -> spec.withLabel(usernameLabel)).setValue(username);
        _get(TextField.class, spec -> spec.withLabel("Display name")).setValue(displayName);
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        role.setValue(Role.CSM);
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue(password);
        _get(PasswordField.class, spec -> spec.withLabel("Repeat password")).setValue(password);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    }

    @Test
    void eachRowsActionsAreInOneMenuThatStaysOnScreen() {
        var username = TestFixture.unique("rowan.menu");
        fixture().user(username, Role.CSM, null);
        // Away and back: the list is read when the view opens.
        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(grid.getColumnByKey("actions").isFrozenToEnd()).isTrue();

        var menu = actionsOf(grid, username);
        assertThat(menu.getItems().getFirst().getSubMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Disable", "Change role", "Set password");
        ContextMenuKt._clickItemWithCaption(menu, "Disable");

        assertThat(users.findByUsername(username)).hasValueSatisfying(u -> assertThat(u.isEnabled()).isFalse());
        var refreshed = actionsOf(grid, username);
        assertThat(refreshed.getItems().getFirst().getSubMenu().getItems()).extracting(MenuItem::getText)
                .startsWith("Enable");
    }

    private static MenuBar actionsOf(Grid<UserSummary> grid, String username) {
        var row = GridKt._findAll(grid).stream().map(UserSummary::username).toList().indexOf(username);
        var menu = (MenuBar) GridKt._getCellComponent(grid, row, "actions");
        assertThat(menu.getId()).hasValue("actions-" + username);
        return menu;
    }
}
