package com.onboarding.console.customers.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.ConsoleTest;
import com.onboarding.console.TestFixture;
import com.onboarding.console.customers.TestCustomers;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The customers list query: progress, every filter, sorting, paging, counting and the CSV export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerQueryTest extends ConsoleTest {

    private static final List<String> NAMES = List.of("Kilo", "Alpha-Beta", "Mike", "Echo", "Bravo", "Lima",
            "Charlie", "Juliet", "Delta", "India", "Foxtrot", "Golf");
    /** Per name: steps done, then AWS actions failed after them; every customer's progress is different. */
    private static final int[][] WORK = {{0, 0}, {2, 0}, {5, 0}, {15, 0}, {16, 0}, {14, 2}, {8, 1}, {3, 0}, {10, 0},
            {7, 2}, {12, 0}, {4, 0}};
    private static final int ARCHIVED = NAMES.indexOf("Echo");

    @Autowired
    private CustomerService service;
    @Autowired
    private UserDirectory users;
    @Autowired
    private ApplicationContext context;

    private TestCustomers fixture;
    private long csmId;
    /** What the database holds after the work, read back by id, independently of the query under test. */
    private final List<Customer> created = new ArrayList<>();

    /** The customers' standing comes from real step transitions through the checklist service. */
    @BeforeAll
    void createCustomers() {
        runAs("ops");
        fixture = new TestCustomers(context);
        csmId = users.activeWithRole(Role.CSM).stream().filter(p -> p.username().equals("csm")).findFirst()
                .orElseThrow().id();
        for (int i = 0; i < NAMES.size(); i++) {
            var customer = fixture.create(NAMES.get(i), i % 2 == 0 ? csmId : null);
            customer = fixture.work(customer, WORK[i][0], WORK[i][1]);
            if (i == ARCHIVED) {
                service.setArchived(customer.id(), true);
                customer = service.get(customer.id());
            }
            created.add(customer);
        }
        SecurityContextHolder.clearContext();
    }

    @BeforeEach
    void loginOps() {
        runAs("ops");
    }

    @Test
    void listShowsTheRecordedProgress() {
        var echo = service.list(filter(fixture.prefix() + " echo", null, null, null, true), CustomerSort.NAME, true,
                0, 10);
        assertThat(echo).singleElement().satisfies(c -> {
            assertThat(c.getCompletedSteps()).isEqualTo(15);
            assertThat(c.progressPercent()).isEqualTo(93);
            assertThat(c.getCurrentPhase()).isEqualTo(3);
            assertThat(c.getWaitingOn()).isEqualTo(WaitingOn.OPS);
            assertThat(c.isArchived()).isTrue();
        });
        var golf = service.list(filter(fixture.prefix() + " golf", null, null, null, false), CustomerSort.NAME, true,
                0, 10);
        assertThat(golf).singleElement().satisfies(c -> {
            assertThat(c.getCompletedSteps()).isEqualTo(4);
            assertThat(c.progressPercent()).isEqualTo(25);
            assertThat(c.getFailedSteps()).isZero();
            assertThat(c.getCurrentPhase()).isEqualTo(1);
            assertThat(c.getWaitingOn()).isEqualTo(WaitingOn.CUSTOMER);
            assertThat(c.getLastActivityAt()).isEqualTo(created.get(NAMES.indexOf("Golf")).getLastActivityAt());
        });
        var lima = service.list(filter(fixture.prefix() + " lima", null, null, null, false), CustomerSort.NAME, true,
                0, 10);
        assertThat(lima).singleElement().satisfies(c -> {
            assertThat(c.getCompletedSteps()).isEqualTo(14);
            assertThat(c.getFailedSteps()).isEqualTo(2);
            assertThat(c.getCurrentPhase()).isEqualTo(3);
            assertThat(c.getWaitingOn()).isEqualTo(WaitingOn.OPS);
        });
        var bravo = service.list(filter(fixture.prefix() + " bravo", null, null, null, false), CustomerSort.NAME,
                true, 0, 10);
        assertThat(bravo).singleElement().satisfies(c -> {
            assertThat(c.progressPercent()).isEqualTo(100);
            assertThat(c.getWaitingOn()).isEqualTo(WaitingOn.NOBODY);
        });
    }

    @Test
    void everyFilterNarrowsTheListAndCountAgrees() {
        expect(filter(fixture.prefix(), null, null, null, false), c -> !c.isArchived());
        expect(filter(fixture.prefix(), null, null, null, true), Customer::isArchived);
        expect(filter(fixture.prefix(), csmId, null, null, false), c -> !c.isArchived() && isCsm(c));
        for (int phase = 1; phase <= 3; phase++) {
            int p = phase;
            expect(filter(fixture.prefix(), null, phase, null, false),
                    c -> !c.isArchived() && c.getCurrentPhase() == p);
        }
        expect(filter(fixture.prefix(), null, null, CustomerFilter.Status.HAS_FAILED_STEPS, false),
                c -> !c.isArchived() && c.getFailedSteps() > 0);
        expect(filter(fixture.prefix(), null, null, CustomerFilter.Status.WAITING_ON_CUSTOMER, false),
                c -> !c.isArchived() && c.getWaitingOn() == WaitingOn.CUSTOMER);
        expect(filter(fixture.prefix(), null, null, CustomerFilter.Status.WAITING_ON_OPS, false),
                c -> !c.isArchived() && c.getWaitingOn() == WaitingOn.OPS);
        expect(filter(fixture.prefix(), null, null, CustomerFilter.Status.COMPLETE, false),
                c -> !c.isArchived() && c.getWaitingOn() == WaitingOn.NOBODY);
        expect(filter(fixture.prefix(), csmId, 2, CustomerFilter.Status.WAITING_ON_OPS, false),
                c -> !c.isArchived() && isCsm(c) && c.getCurrentPhase() == 2 && c.getWaitingOn() == WaitingOn.OPS);
        expect(filter(fixture.prefix(), csmId, 1, CustomerFilter.Status.WAITING_ON_CUSTOMER, false),
                c -> !c.isArchived() && isCsm(c) && c.getCurrentPhase() == 1
                        && c.getWaitingOn() == WaitingOn.CUSTOMER);
    }

    @Test
    void textFindsNamesAndAccountIdsAsPeopleTypeThem() {
        var charlie = created.get(NAMES.indexOf("Charlie"));
        var account = charlie.getAccountId();
        var dashed = account.substring(0, 4) + "-" + account.substring(4, 8) + " " + account.substring(8);
        assertThat(names(filter(dashed, null, null, null, false))).containsExactly(charlie.getName());
        assertThat(names(filter(fixture.prefix().toUpperCase() + " ALPHA-beta", null, null, null, false)))
                .containsExactly(fixture.prefix() + " Alpha-Beta");
        assertThat(service.count(filter(fixture.prefix() + " nobody by this name", null, null, null, false)))
                .isZero();
    }

    @Test
    void sortsByEveryColumnBothWays() {
        var mine = filter(fixture.prefix(), null, null, null, false);
        var active = created.stream().filter(c -> !c.isArchived()).toList();
        assertThat(names(mine, CustomerSort.PROGRESS, true))
                .containsExactlyElementsOf(namesSorted(active, Comparator.comparingInt(Customer::getCompletedSteps)));
        assertThat(names(mine, CustomerSort.PROGRESS, false)).containsExactlyElementsOf(
                namesSorted(active, Comparator.comparingInt(Customer::getCompletedSteps).reversed()));
        assertThat(names(mine, CustomerSort.NAME, true))
                .containsExactlyElementsOf(namesSorted(active, Comparator.comparing(Customer::getName)));
        assertThat(names(mine, CustomerSort.NAME, false))
                .containsExactlyElementsOf(namesSorted(active, Comparator.comparing(Customer::getName).reversed()));
        assertThat(names(mine, CustomerSort.LAST_ACTIVITY, true))
                .containsExactlyElementsOf(namesSorted(active, Comparator.comparing(Customer::getLastActivityAt)));
        assertThat(names(mine, CustomerSort.LAST_ACTIVITY, false)).containsExactlyElementsOf(
                namesSorted(active, Comparator.comparing(Customer::getLastActivityAt).reversed()));
        assertThat(names(mine, CustomerSort.ACCOUNT_ID, true))
                .containsExactlyElementsOf(namesSorted(active, Comparator.comparing(Customer::getAccountId)));
    }

    @Test
    void pagesFromAnyOffset() {
        var mine = filter(fixture.prefix(), null, null, null, false);
        var all = names(mine, CustomerSort.PROGRESS, true);
        assertThat(all).hasSize(11);
        assertThat(service.count(mine)).isEqualTo(11);
        assertThat(pageNames(mine, 0, 4)).containsExactlyElementsOf(all.subList(0, 4));
        assertThat(pageNames(mine, 4, 4)).containsExactlyElementsOf(all.subList(4, 8));
        // Lazy grids ask for offsets that are not a multiple of the page size.
        assertThat(pageNames(mine, 3, 5)).containsExactlyElementsOf(all.subList(3, 8));
        assertThat(pageNames(mine, 9, 50)).containsExactlyElementsOf(all.subList(9, 11));
        assertThat(pageNames(mine, 11, 5)).isEmpty();
    }

    @Test
    void exportsTheFilteredSortedListAsCsv() {
        var out = new StringWriter();
        service.exportCsv(filter(fixture.prefix(), null, null, CustomerFilter.Status.HAS_FAILED_STEPS, false),
                CustomerSort.PROGRESS, false, out);
        var lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(
                "name,account id,csm,phase,progress %,failed steps,waiting on,last activity");
        var lima = created.get(NAMES.indexOf("Lima"));
        var failed = created.stream().filter(c -> c.getFailedSteps() > 0).toList();
        assertThat(lines.subList(1, lines.size())).hasSize(failed.size())
                .containsExactlyElementsOf(failed.stream()
                        .sorted(Comparator.comparingInt(Customer::getCompletedSteps).reversed())
                        .map(c -> c.getName() + "," + textCell(c.getAccountId()) + "," + (isCsm(c) ? "Carlos CSM" : "") + ","
                                + c.getCurrentPhase() + "," + c.progressPercent() + "," + c.getFailedSteps() + ","
                                + c.getWaitingOn().label() + "," + c.getLastActivityAt())
                        .toList());
        assertThat(lines).anyMatch(line -> line.startsWith(lima.getName() + "," + textCell(lima.getAccountId()) + ",,3,"));
        assertThat(lines.subList(1, lines.size())).as("who is waiting, as the list says it")
                .allSatisfy(line -> assertThat(line).containsAnyOf(",Customer,", ",Ops,", ",Complete,"));
    }

    /** An account id as the export writes it, so that a spreadsheet keeps it as text. */
    private static String textCell(String accountId) {
        return "\"=\"\"" + accountId + "\"\"\"";
    }

    /** A name is text anyone with the customer form types: the spreadsheet opening the export shows it as text. */
    @Test
    void theExportKeepsANameFromRunningAsAFormula() {
        var name = "=HYPERLINK(\"http://evil.example\") " + TestFixture.unique("formula");
        fixture().create(new CustomerDraft(name, fixture().accountId(), null, "DE", null, null, null));
        var out = new StringWriter();
        service.exportCsv(filter(name, null, null, null, false), CustomerSort.NAME, true, out);
        assertThat(out.toString().lines().skip(1)).singleElement().asString()
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\") ");
    }

    private boolean isCsm(Customer c) {
        return c.getCsmUserId() != null && c.getCsmUserId() == csmId;
    }

    private void expect(CustomerFilter filter, Predicate<Customer> oracle) {
        var expected = namesSorted(created.stream().filter(oracle).toList(), Comparator.comparing(Customer::getName));
        assertThat(expected).as("the fixture covers %s", filter).isNotEmpty();
        assertThat(names(filter)).as("list %s", filter).containsExactlyElementsOf(expected);
        assertThat(service.count(filter)).as("count %s", filter).isEqualTo(expected.size());
    }

    private List<String> names(CustomerFilter filter) {
        return names(filter, CustomerSort.NAME, true);
    }

    private List<String> names(CustomerFilter filter, CustomerSort sort, boolean ascending) {
        return service.list(filter, sort, ascending, 0, 100).stream().map(Customer::getName).toList();
    }

    private List<String> pageNames(CustomerFilter filter, int offset, int limit) {
        return service.list(filter, CustomerSort.PROGRESS, true, offset, limit).stream().map(Customer::getName)
                .toList();
    }

    private static List<String> namesSorted(List<Customer> customers, Comparator<Customer> order) {
        return customers.stream().sorted(order).map(Customer::getName).toList();
    }

    private static CustomerFilter filter(@Nullable String text, @Nullable Long csm, @Nullable Integer phase,
            CustomerFilter.@Nullable Status status, boolean archived) {
        return new CustomerFilter(text, csm, phase, status, archived);
    }
}
