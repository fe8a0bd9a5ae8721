package com.onboarding.console.security;

import static com.onboarding.console.checklist.Steps.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.aws.credentials.CredentialsService;
import com.onboarding.console.aws.TemporaryCredentials;
import com.onboarding.console.checklist.service.ChecklistService;
import com.onboarding.console.checklist.service.FleetVerification;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import com.onboarding.console.payer.service.PayerLookupService;
import com.onboarding.console.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every service entry point that reads or changes a customer, its steps, its audit rows or its AWS access,
 * called directly (no UI) by every role, on the caller's own customer and on another one. Only access is
 * judged here: a refusal for another reason (a closed gate, a stale version) counts as "let in".
 */
class ServiceAccessMatrixTest extends ConsoleTest {

    private static final Set<String> STAFF = Set.of("ops", "csm", "admin");
    private static final Set<String> OPS_ADMIN = Set.of("ops", "admin");
    private static final Set<String> EVERYONE_OWN = Set.of("ops", "csm", "admin", "own");
    private static final TemporaryCredentials PASTED = new TemporaryCredentials("ASIAMATRIXPASTEDKEYS",
            "matrixSecretMatrixSecretMatrixSecret0000", "matrixSessionToken");

    /** Staff sign in through the identity provider as well: "provider.ops" is mapped to OPS by their group. */
    private static final String THROUGH_PROVIDER = "provider.";
    private static final List<String> CALLERS = List.of("ops", "csm", "admin", "own", THROUGH_PROVIDER + "ops",
            THROUGH_PROVIDER + "csm", THROUGH_PROVIDER + "admin");

    @Autowired
    CustomerService customers;
    @Autowired
    ChecklistService checklists;
    @Autowired
    AuditService audit;
    @Autowired
    PayerLookupService payers;
    @Autowired
    CredentialsService credentials;
    @Autowired
    FleetVerification fleet;

    private Customer own;
    private Customer other;
    private String ownUser;

    @BeforeEach
    void customers() {
        runAs("ops");
        own = create("Matrix Own");
        other = create("Matrix Other");
        ownUser = customerUser("matrix-" + own.id(), own.id()).getUsername();
    }

    private Customer create(String name) {
        return fixture().customer(name);
    }

    private record Entry(String name, Set<String> allowed, LongConsumer call) {
    }

    private List<Entry> entries() {
        var list = new ArrayList<Entry>();
        list.add(new Entry("CustomerService.get", EVERYONE_OWN, id -> customers.get(id)));
        list.add(new Entry("CustomerService.update", STAFF,
                id -> customers.update(id, -1, new CustomerDraft(null, null, null, null, null, null, null))));
        list.add(new Entry("CustomerService.setArchived", STAFF, id -> customers.setArchived(id, false)));
        list.add(new Entry("CustomerService.setReminders", STAFF, id -> customers.setReminders(id, true)));
        list.add(new Entry("CustomerService.list", STAFF,
                id -> customers.list(CustomerFilter.ACTIVE, CustomerSort.NAME, true, 0, 10)));
        list.add(new Entry("CustomerService.create", STAFF,
                id -> customers.create(new CustomerDraft(null, null, null, null, null, null, null))));
        list.add(new Entry("ChecklistService.page", EVERYONE_OWN, id -> checklists.page(id)));
        list.add(new Entry("ChecklistService.history", EVERYONE_OWN, id -> checklists.history(id, code("1.1"))));
        list.add(new Entry("ChecklistService.confirm", Set.of("ops", "admin", "own"),
                id -> checklists.confirm(id, code("1.1"), -1, null)));
        list.add(new Entry("ChecklistService.skip", Set.of("ops", "admin", "own"),
                id -> checklists.skip(id, code("1.2"), -1, "reason")));
        list.add(new Entry("ChecklistService.reopen", OPS_ADMIN,
                id -> checklists.reopen(id, code("1.1"), -1, "reason")));
        list.add(new Entry("ChecklistService.addNote", EVERYONE_OWN,
                id -> checklists.addNote(id, code("1.1"), "note")));
        list.add(new Entry("ChecklistService.addInternalNote", STAFF,
                id -> checklists.addInternalNote(id, code("1.1"), "note")));
        list.add(new Entry("ChecklistService.overrideGate", OPS_ADMIN,
                id -> checklists.overrideGate(id, 3, null)));
        list.add(new Entry("ChecklistService.run", OPS_ADMIN,
                id -> checklists.run(id, code("2.3"), -1, null)));
        list.add(new Entry("ChecklistService.run with pasted credentials", OPS_ADMIN,
                id -> checklists.run(id, code("2.3"), -1, null, PASTED)));
        list.add(new Entry("ChecklistService.verify", Set.of("ops", "admin", "own"),
                id -> checklists.verify(id, code("1.1")).join()));
        list.add(new Entry("ChecklistService.verifyAll", EVERYONE_OWN, id -> checklists.verifyAll(id).join()));
        list.add(new Entry("ChecklistService.verifyAll with pasted credentials", OPS_ADMIN,
                id -> checklists.verifyAll(id, PASTED).join()));
        list.add(new Entry("ChecklistService.settle", OPS_ADMIN, id -> checklists.settle(id, code("2.3")).join()));
        list.add(new Entry("AuditService.timeline", EVERYONE_OWN, id -> audit.timeline(id, 5)));
        list.add(new Entry("AuditService.search", OPS_ADMIN, id -> audit.search(AuditFilter.ALL, 0, 5)));
        list.add(new Entry("PayerLookupService.forCustomer", EVERYONE_OWN, id -> payers.forCustomer(id)));
        list.add(new Entry("CredentialsService.current", OPS_ADMIN, id -> credentials.current(id)));
        list.add(new Entry("CredentialsService.forget", OPS_ADMIN, id -> credentials.forget(id)));
        list.add(new Entry("CredentialsService.paste", OPS_ADMIN,
                id -> credentials.paste(id, "000000000000", "", "", "")));
        return list;
    }

    @TestFactory
    Stream<DynamicTest> everyEntryPointByEveryRoleOnOwnAndOtherCustomer() {
        var tests = new ArrayList<DynamicTest>();
        for (var entry : entries()) {
            for (var caller : CALLERS) {
                tests.add(DynamicTest.dynamicTest(entry.name() + " as " + caller + " on own customer",
                        () -> check(entry, caller, own.id(), entry.allowed().contains(ruled(caller)))));
            }
            // A customer user reaches nothing of another customer, whatever the entry point.
            tests.add(DynamicTest.dynamicTest(entry.name() + " as customer user on another customer",
                    () -> check(entry, "own", other.id(), false)));
        }
        tests.add(DynamicTest.dynamicTest("FleetVerification.start and latest as csm and customer user", () -> {
            for (var caller : List.of("csm", ownUser)) {
                runAs(caller);
                assertThatThrownBy(fleet::start).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(fleet::latest).isInstanceOf(AccessDeniedException.class);
            }
        }));
        return tests.stream();
    }

    /** The caller as the rules name them. */
    private static String ruled(String caller) {
        return caller.startsWith(THROUGH_PROVIDER) ? caller.substring(THROUGH_PROVIDER.length()) : caller;
    }

    private void check(Entry entry, String caller, long customerId, boolean allowed) {
        if (caller.startsWith(THROUGH_PROVIDER)) {
            runAsSignedInThroughProvider(caller, Role.valueOf(ruled(caller).toUpperCase()));
        } else {
            runAs(caller.equals("own") ? ownUser : caller);
        }
        boolean denied;
        try {
            entry.call().accept(customerId);
            denied = false;
        } catch (CompletionException e) {
            // Work in the background refuses there: its future carries the refusal.
            denied = e.getCause() instanceof AccessDeniedException;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            denied = true;
        } catch (RuntimeException e) {
            denied = false;
        }
        assertThat(denied).as(entry.name() + " as " + caller + (allowed ? " must be let in" : " must be refused"))
                .isEqualTo(!allowed);
    }
}
