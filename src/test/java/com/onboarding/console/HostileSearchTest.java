package com.onboarding.console;

import static com.onboarding.console.HostileInputTest.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.domain.AuditEntry;
import com.onboarding.console.audit.service.AuditFilter;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.service.CustomerDraft;
import com.onboarding.console.customers.service.CustomerFilter;
import com.onboarding.console.customers.service.CustomerService;
import com.onboarding.console.customers.service.CustomerSort;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search fields of the customers list and the audit trail with hostile text: what is typed is searched for as
 * it is (a % or _ is that character, quotes and semicolons are text), so a search finds what contains it and
 * nothing else.
 */
class HostileSearchTest extends ConsoleTest {

    /** The hostile texts, and the wildcards of SQL's LIKE on their own. */
    private static final List<String> SEARCHES = Stream.concat(HOSTILE.stream(), Stream.of("%", "_", "\\"))
            .toList();

    @Autowired
    private CustomerService customers;

    @Autowired
    private AuditService audit;

    @Test
    void customerSearchesFindWhatContainsTheTypedTextAndNothingElse() {
        runAs("ops");
        var wildcards = fixture().create(new CustomerDraft(TestFixture.unique("Sale 50%_\\"), fixture().accountId(),
                null, "DE", null, null, null));
        for (var hostile : SEARCHES) {
            var found = customers.list(new CustomerFilter(hostile, null, null, null, false), CustomerSort.NAME, true,
                    0, 500);
            // Spaces and dashes in a search match anything: each part in between must be in the name or account.
            var parts = Arrays.stream(hostile.strip().toLowerCase(Locale.ROOT).split("[\\s-]+"))
                    .filter(p -> !p.isEmpty()).toList();
            assertThat(found).as("searching %s", shortened(hostile)).allSatisfy(c -> assertThat(parts)
                    .allMatch(p -> c.getName().toLowerCase(Locale.ROOT).contains(p) || c.getAccountId().contains(p)));
        }
        assertThat(customers.list(new CustomerFilter("50%_\\", null, null, null, false), CustomerSort.NAME, true,
                0, 500)).extracting(Customer::id).contains(wildcards.id());
    }

    @Test
    void auditSearchesByCustomerFindWhatContainsTheTypedTextAndNothingElse() {
        runAs("ops");
        var name = TestFixture.unique("Audit 50%_\\");
        audit.recordAlone(AuditService.Event.of("ops", AuditAction.STEP_NOTE, null, name, "a note"));
        for (var hostile : SEARCHES) {
            var typed = hostile.strip().toLowerCase(Locale.ROOT);
            assertThat(audit.search(new AuditFilter(hostile, null, null, null, null), 0, 500))
                    .as("searching %s", shortened(hostile)).allSatisfy(e -> assertThat(
                            Objects.requireNonNullElse(e.getCustomerName(), "").toLowerCase(Locale.ROOT)
                                    .contains(typed) || typed.equals(String.valueOf(e.getCustomerId()))).isTrue());
        }
        assertThat(audit.search(new AuditFilter("50%_\\", null, null, null, null), 0, 500))
                .extracting(AuditEntry::getCustomerName).contains(name);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
