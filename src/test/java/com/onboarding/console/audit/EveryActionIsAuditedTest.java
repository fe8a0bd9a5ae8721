package com.onboarding.console.audit;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.onboarding.console.KaribuTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.TestSmtpPort;
import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.AwsCallException;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.CustomerStepRepository;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * Every kind of action leaves its row in the audit trail, with who, what and the words a reader needs: each test
 * does one action through the service a view calls and reads the newest row back. The last test checks that every
 * kind of action was seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryActionIsAuditedTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(TestSmtpPort.port(), null, ServerSetup.PROTOCOL_SMTP));

    @Autowired
    private AuditService audit;
    @Autowired
    private CustomerService customers;
    @Autowired
    private ChecklistService checklists;
    @Autowired
    private CredentialsService credentials;
    @Autowired
    private SandboxAws sandbox;
    @Autowired
    private CustomerStepRepository stepRepository;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private AuthenticationConfiguration authentication;

    private final Set<AuditAction> seen = EnumSet.noneOf(AuditAction.class);
    private Customer customer;

    @BeforeEach
    void newCustomer() {
        login("ops");
        var csm = users.findByUsername("csm").orElseThrow();
        customer = fixture().customer("Audited", csm.getId());
    }

    @Test
    void customerCreateEditArchiveRestore() {
        assertThat(newest()).satisfies(e -> expect(e, AuditAction.CUSTOMER_CREATED, null,
                "Created customer for account " + customer.getAccountId()));
        var renamed = TestFixture.unique("Renamed");
        customers.update(customer.id(), customer.getVersion(), new CustomerDraft(renamed, customer.getAccountId(),
                customer.getCsmUserId(), "FR", customer.getRootEmail(), null, null));
        assertThat(newest()).satisfies(e -> {
            expect(e, AuditAction.CUSTOMER_UPDATED, null, null);
            assertThat(e.getMessage()).contains(renamed).contains("FR");
            assertThat(e.getCustomerName()).isEqualTo(renamed);
        });
        customers.setArchived(customer.id(), true);
        assertThat(newest()).satisfies(e -> expect(e, AuditAction.CUSTOMER_ARCHIVED, null, null));
        customers.setArchived(customer.id(), false);
        assertThat(newest()).satisfies(e -> expect(e, AuditAction.CUSTOMER_RESTORED, null, null));
    }

    @Test
    void skipReopenNoteAndGateOverride() {
        checklists.skip(customer.id(), code("1.2"), version("1.2"), "Has an admin user already");
        assertThat(newest()).satisfies(e -> expectStep(e, "1.2", "TODO", "SKIPPED", "Has an admin user already"));
        checklists.confirm(customer.id(), code("1.1"), version("1.1"), null);
        checklists.reopen(customer.id(), code("1.1"), version("1.1"), "Mistyped account");
        assertThat(newest()).satisfies(e -> expectStep(e, "1.1", "DONE", "TODO", "Reopened: Mistyped account"));
        checklists.addNote(customer.id(), code("1.3"), "Customer asks about the address");
        assertThat(newest()).satisfies(e -> {
            expect(e, AuditAction.STEP_NOTE, "1.3", "Customer asks about the address");
        });
        checklists.addInternalNote(customer.id(), code("1.3"), "Asked twice already");
        assertThat(newest()).satisfies(e -> {
            expect(e, AuditAction.STAFF_NOTE, "1.3", "Asked twice already");
        });
        checklists.overrideGate(customer.id(), 2, "Confirmed by phone");
        assertThat(newest()).satisfies(e -> {
            expect(e, AuditAction.GATE_OVERRIDE, null, "Confirmed by phone");
            assertThat(e.getFromState()).isEqualTo("phase 2 closed");
            assertThat(e.getToState()).isEqualTo("phase 2 open");
        });
    }

    @Test
    void credentialsPasteAndForgetAndAwsCallsThatWorkOrFail() {
        checklists.overrideGate(customer.id(), 2, "testing");
        // The checklist has the platform role, AWS has none: AWS denies the AssumeRole.
        Steps.recordDone(stepRepository, customer.id(), "2.3");
        var denied = checklists.verify(customer.id(), code("2.3")).join().getFirst();
        assertThat(row(AuditAction.AWS_ERROR)).satisfies(e -> {
            expect(e, AuditAction.AWS_ERROR, "2.3", null);
            assertThat(e.getErrorCode()).isEqualTo("AccessDenied");
            assertThat(e.getMessage()).contains("AccessDenied", "arn:aws:iam::" + customer.getAccountId())
                    .startsWith("Error id " + denied.message().replaceAll(".*Error id ([0-9a-f]{8}).*", "$1"));
        });

        checklists.reopen(customer.id(), code("2.3"), version("2.3"), "The role was removed in AWS");
        var issued = sandbox.issueCredentials(customer.getAccountId());
        credentials.paste(customer.id(), customer.getAccountId(), issued.accessKeyId(), issued.secretAccessKey(),
                issued.sessionToken());
        assertThat(newest()).satisfies(e -> expect(e, AuditAction.AWS_CREDENTIALS, null, "Pasted credentials "
                + issued.accessKeyId() + " for account " + customer.getAccountId()
                + ", checked with AWS; kept for this session only"));

        // The view's run: with the credentials pasted in this session.
        var created = checklists.run(customer.id(), code("2.3"), version("2.3"), null).join();
        assertThat(row(AuditAction.AWS_CALL)).satisfies(e -> {
            expect(e, AuditAction.AWS_CALL, "2.3", created.message());
            assertThat(e.getToState()).isEqualTo("VERIFIED");
        });
        sandbox.failNext(customer.getAccountId(), AwsCallException.Reason.THROTTLED, 1);
        var throttled = checklists.run(customer.id(), code("2.4"), version("2.4"), null).join();
        assertThat(row(AuditAction.AWS_CALL)).satisfies(e -> {
            expect(e, AuditAction.AWS_CALL, "2.4", throttled.message());
            assertThat(e.getToState()).isEqualTo("ERROR");
            assertThat(e.getMessage()).startsWith("AWS kept throttling iam:");
        });

        credentials.forget(customer.id());
        assertThat(newest()).satisfies(e -> expect(e, AuditAction.AWS_CREDENTIALS, null,
                "Forgot the pasted credentials for account " + customer.getAccountId()));
        assertThat(audit.timeline(customer.id(), 100)).extracting(AuditEntry::getMessage)
                .noneMatch(m -> m != null && (m.contains(issued.secretAccessKey()) || m.contains(issued.sessionToken())));
    }

    @Test
    void mailSentAndMailFailed() throws Exception {
        var subject = customer.getName() + " is ready for onboarding";
        readyForOps(customer);
        // The outbox sends after the commit, on its own thread, as the console.
        var sent = await().atMost(Duration.ofSeconds(10)).pollInSameThread()
                .until(() -> optionalRow(AuditAction.NOTIFICATION_SENT), Optional::isPresent).orElseThrow();
        expectMail(sent, AuditAction.NOTIFICATION_SENT, "Mail to csm@reseller.example: " + subject);

        mail.stop();
        var unlucky = fixture().customer("Unmailed", customer.getCsmUserId());
        var unluckySubject = unlucky.getName() + " is ready for onboarding";
        var at = customer;
        customer = unlucky;
        readyForOps(unlucky);
        // The test profile gives a mail one attempt.
        var failed = await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> optionalRow(AuditAction.NOTIFICATION_FAILED), Optional::isPresent).orElseThrow();
        expectMail(failed, AuditAction.NOTIFICATION_FAILED, null);
        assertThat(failed.getMessage())
                .startsWith("Mail to csm@reseller.example not sent after 1 attempt: " + unluckySubject + " (");
        assertThat(audit.timeline(at.id(), 100)).extracting(AuditEntry::getAction)
                .doesNotContain(AuditAction.NOTIFICATION_FAILED);
    }

    @Test
    void loginSuccessFailureAndLockout() throws Exception {
        var user = fixture().user(Role.CSM, null);
        var name = user.getUsername();
        var manager = authentication.getAuthenticationManager();
        logout();

        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, name));
        assertThat(loginRows(name).getFirst()).satisfies(e -> expectLogin(e, AuditAction.LOGIN_SUCCEEDED,
                "Logged in"));
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> login(manager, name, "wrong")).isInstanceOf(BadCredentialsException.class);
            assertThat(loginRows(name).getFirst()).satisfies(e -> expectLogin(e, AuditAction.LOGIN_FAILED,
                    "Wrong username or password"));
        }
        assertThatThrownBy(() -> login(manager, name, "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(loginRows(name).getFirst()).satisfies(e -> {
            expectLogin(e, AuditAction.LOGIN_FAILED, null);
            assertThat(e.getMessage()).startsWith("Wrong username or password; username locked until ");
        });
        assertThatThrownBy(() -> login(manager, name, name)).isInstanceOf(LockedException.class);
        assertThat(loginRows(name).getFirst()).satisfies(e -> expectLogin(e, AuditAction.LOGIN_FAILED,
                "Refused: the username is locked"));
        assertThat(loginRows(name)).hasSize(7);
    }

    @AfterAll
    void everyKindOfActionWasSeen() {
        // USER_CHANGED is the administrators' part, asserted with each change in UserAdminServiceTest.
        // Invitations and password resets are asserted with each change in the invitations tests; REMINDER_SENT
        // needs a clock days ahead, asserted with each reminder in RemindersTest.
        assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(AuditAction.USER_CHANGED,
                AuditAction.INVITATION_SENT, AuditAction.INVITATION_RESENT, AuditAction.INVITATION_REVOKED,
                AuditAction.INVITATION_REQUESTED, AuditAction.INVITATION_ACCEPTED,
                AuditAction.PASSWORD_RESET_REQUESTED, AuditAction.PASSWORD_RESET_COMPLETED,
                AuditAction.REMINDER_SENT)));
    }

    private static void login(AuthenticationManager manager, String username, String password) {
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** Confirms phase 1 as the customer's people would, which tells the CSM. */
    private void readyForOps(Customer c) {
        login("ops");
        Steps.confirm(checklists, c.id(), "1.1", "1.2", "1.3", "1.4", "1.5");
    }

    private long version(String code) {
        return Steps.version(checklists, customer.id(), code);
    }

    private AuditEntry newest() {
        return audit.timeline(customer.id(), 1).getFirst();
    }

    private Optional<AuditEntry> optionalRow(AuditAction action) {
        return audit.timeline(customer.id(), 100).stream().filter(e -> e.getAction() == action)
                .findFirst();
    }

    private void expectMail(AuditEntry e, AuditAction action, String message) {
        assertThat(e.getAction()).isEqualTo(action);
        assertThat(e.getActor()).isEqualTo("console");
        assertThat(e.getCustomerId()).isEqualTo(customer.id());
        assertThat(e.getCustomerName()).isEqualTo(customer.getName());
        if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
        seen.add(action);
    }

    private AuditEntry row(AuditAction action) {
        return audit.timeline(customer.id(), 100).stream().filter(e -> e.getAction() == action)
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " row for " + customer.getName()));
    }

    private List<AuditEntry> loginRows(String username) {
        login("admin");
        try {
            return audit.search(new AuditFilter(null, username, null, null, null), 0, 50);
        } finally {
            logout();
        }
    }

    private void expect(AuditEntry e, AuditAction action, String step, String message) {
        assertThat(e.getAction()).isEqualTo(action);
        assertThat(e.getActor()).isEqualTo("ops");
        assertThat(e.getCustomerId()).isEqualTo(customer.id());
        assertThat(e.getStepCode()).isEqualTo(step);
        if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
        assertThat(e.getOccurredAt()).isNotNull();
        seen.add(action);
    }

    private void expectStep(AuditEntry e, String step, String from, String to, String message) {
        expect(e, AuditAction.STEP_TRANSITION, step, message);
        assertThat(e.getFromState()).isEqualTo(from);
        assertThat(e.getToState()).isEqualTo(to);
    }

    private void expectLogin(AuditEntry e, AuditAction action, String message) {
        assertThat(e.getAction()).isEqualTo(action);
        assertThat(e.getCustomerId()).isNull();
        if (message != null) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
        Objects.requireNonNull(e.getActor());
        seen.add(action);
    }
}
