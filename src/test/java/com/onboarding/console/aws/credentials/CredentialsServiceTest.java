package com.onboarding.console.aws.credentials;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.aws.AwsTarget;
import com.onboarding.console.aws.TaxRegistration;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepCatalog;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserAdminService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@ExtendWith(OutputCaptureExtension.class)
class CredentialsServiceTest extends KaribuTest {

    @Autowired
    private CredentialsService credentials;

    @Autowired
    private CustomerService customers;

    @Autowired
    private UserAdminService users;

    @Autowired
    private SandboxAws sandbox;

    @Autowired
    private ChecklistService checklists;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ApplicationContext context;

    private Customer customer;

    @BeforeEach
    void customer() {
        login("ops");
        customer = fixture().customer("Credentials test");
    }

    @Test
    void credentialsOfAnotherAccountAreRefusedNamingThatAccount() {
        var foreign = sandbox.issueCredentials("777766665555");

        assertThatThrownBy(() -> credentials.paste(customer.id(), customer.getAccountId(), foreign.accessKeyId(),
                foreign.secretAccessKey(), foreign.sessionToken()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("belong to account 777766665555")
                .hasMessageContaining("paste credentials of account " + customer.getAccountId());
        assertThat(credentials.current(customer.id())).isEmpty();
    }

    @Test
    void malformedInputIsRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> credentials.paste(customer.id(), customer.getAccountId(), "AKIA123", "x", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).contains(CredentialsField.ACCESS_KEY_ID);
                    assertThat(e.getMessage()).contains("20 characters");
                });
        assertThatThrownBy(() -> credentials.paste(customer.id(), customer.getAccountId(), "ASIAABCDEFGHIJKLMNOP",
                "s".repeat(40), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).contains(CredentialsField.SESSION_TOKEN));
    }

    @Test
    void onlyOpsAndAdminsPasteCredentials() {
        login("csm");

        assertThatThrownBy(() -> credentials.paste(customer.id(), customer.getAccountId(), "ASIAABCDEFGHIJKLMNOP",
                "s".repeat(40), "token-token-token-token")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pastedSecretsReachNeitherTheLogNorTheDatabase(CapturedOutput output) {
        var issued = sandbox.issueCredentials(customer.getAccountId());
        // Pasted from a terminal: wrapped and padded.
        credentials.paste(customer.id(), customer.getAccountId(), " " + issued.accessKeyId() + "\n",
                issued.secretAccessKey(), issued.sessionToken().substring(0, 60) + "\n"
                        + issued.sessionToken().substring(60));
        assertThat(credentials.current(customer.id())).contains(issued);

        AwsTarget target = credentials.target(customer.id());
        assertThat(target.credentials()).isEqualTo(issued);
        onboardCompletely();
        credentials.forget(customer.id());
        assertThat(credentials.current(customer.id())).isEmpty();

        assertThat(output.getAll()).doesNotContain(issued.secretAccessKey()).doesNotContain(issued.sessionToken());
        var values = allDatabaseValues();
        assertThat(values).anyMatch(v -> v.contains(issued.accessKeyId()));
        assertThat(values).noneMatch(v -> v.contains(issued.secretAccessKey()) || v.contains(issued.sessionToken()));
    }

    @Test
    void pastedCredentialsAreDroppedAtLogout() {
        var store = pasteIntoThisSession();
        var http = httpSession();
        var bound = boundListeners(http);

        _click(_get(Button.class, spec -> spec.withId("logout")));

        assertThat(http.isValid()).as("logout invalidates the HTTP session").isFalse();
        unbind(http, bound);
        assertThat(store.isEmpty()).as("the logged-out session's credentials").isTrue();
        assertThat(newSessionCredentials()).isEmpty();
    }

    /** An administrator takes the OPS role away while the page is open: the session and its credentials end. */
    @Test
    void pastedCredentialsAreDroppedWhenTheUsersAccessChanges() {
        var opsUser = fixture().user(Role.OPS, null);
        login(opsUser.getUsername());
        var store = pasteIntoThisSession();
        var http = httpSession();
        var bound = boundListeners(http);

        runAs("admin");
        users.changeRole(Objects.requireNonNull(opsUser.getId()), Role.CSM, null);

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !http.isValid();
        });
        unbind(http, bound);
        assertThat(store.isEmpty()).as("the ended session's credentials").isTrue();
    }

    /** A session idle beyond server.servlet.session.timeout: the container invalidates it. */
    @Test
    void pastedCredentialsAreDroppedWhenTheSessionTimesOut() {
        var store = pasteIntoThisSession();
        var session = VaadinSession.getCurrent();
        var http = httpSession();
        var bound = boundListeners(http);

        http.invalidate();
        unbind(http, bound);

        assertThat(store.isEmpty()).as("the expired session's credentials").isTrue();
        assertThat(session.getState()).isNotEqualTo(VaadinSessionState.OPEN);
        assertThat(newSessionCredentials()).isEmpty();
    }

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    private static Map<String, HttpSessionBindingListener> boundListeners(FakeHttpSession http) {
        var bound = new LinkedHashMap<String, HttpSessionBindingListener>();
        for (var name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof HttpSessionBindingListener listener) {
                bound.put(name, listener);
            }
        }
        assertThat(bound).as("the Vaadin session is bound to the HTTP session").isNotEmpty();
        return bound;
    }

    /**
     * What a servlet container does for every attribute of a session it invalidates (Servlet specification,
     * HttpSessionBindingListener), which the mocked session leaves out: Vaadin ends its session from there.
     */
    private static void unbind(FakeHttpSession http, Map<String, HttpSessionBindingListener> bound) {
        bound.forEach((name, listener) -> listener.valueUnbound(new HttpSessionBindingEvent(http, name, listener)));
    }

    /** Pastes sandbox credentials as OPS in the checklist view and returns the session's store holding them. */
    private PastedCredentials pasteIntoThisSession() {
        UI.getCurrent().navigate("customers/" + customer.id());
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
        var store = context.getBean(PastedCredentials.class);
        assertThat(store.get(customer.id())).contains(issued);
        return store;
    }

    /** The customer's credentials as OPS see them after logging in again. */
    private Optional<TemporaryCredentials> newSessionCredentials() {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.onboarding.console"),
                context, UI::new));
        login("ops");
        return credentials.current(customer.id());
    }

    /** The whole checklist, as OPS would click through it with the pasted credentials of their session. */
    private void onboardCompletely() {
        long id = customer.id();
        for (var definition : StepCatalog.STEPS) {
            var code = definition.code();
            var version = checklists.page(id).step(code).version();
            if (code.toString().equals("3.2")) {
                checklists.run(id, code, version, new TaxRegistration("VAT", "DE123456789",
                        "Credentials test GmbH", "Hauptstrasse 1", "Berlin", "10115", null, "DE")).join();
            } else if (definition.confirmable()) {
                checklists.confirm(id, code, version, null, Steps.input(code));
            } else {
                var result = checklists.run(id, code, version, null).join();
                assertThat(result.ok()).as(code + ": " + result.message()).isTrue();
            }
        }
        checklists.verifyAll(id).join();
        assertThat(checklists.page(id).completedSteps()).isEqualTo(StepCatalog.STEPS.size());
    }

    /** Every value of every table, as text. */
    private List<String> allDatabaseValues() {
        var jdbc = new JdbcTemplate(dataSource);
        var values = new ArrayList<String>();
        for (var table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'", String.class)) {
            jdbc.query("SELECT * FROM \"" + table + "\"", row -> {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(String.valueOf(row.getObject(i)));
                }
            });
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}
