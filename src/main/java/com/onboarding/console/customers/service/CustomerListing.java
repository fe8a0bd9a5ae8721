package com.onboarding.console.customers.service;

import com.onboarding.console.base.domain.AccountId;
import com.onboarding.console.base.domain.OffsetPageRequest;
import com.onboarding.console.base.export.SpreadsheetCsv;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.customers.domain.WaitingOn;
import com.onboarding.console.security.domain.Role;
import com.onboarding.console.security.service.UserDirectory;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
import org.springframework.stereotype.Component;

/**
 * The filtered, sorted customers list and its CSV export, for {@link CustomerService}, which checks the caller and
 * opens the transaction.
 */
@Component
class CustomerListing {

    private static final int EXPORT_PAGE = 500;

    private final CustomerRepository customers;
    private final UserDirectory users;

    CustomerListing(CustomerRepository customers, UserDirectory users) {
        this.customers = customers;
        this.users = users;
    }

    List<Customer> list(CustomerFilter filter, CustomerSort sort, boolean ascending, int offset, int limit) {
        var q = Query.of(filter);
        var order = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, sort.property()).and(Sort.by("id"));
        return customers.search(filter.archived(), q.textLike, filter.csmUserId(), filter.phase(), q.failedOnly,
                q.driftOnly, q.waitingOn, OffsetPageRequest.of(offset, limit, order));
    }

    long count(CustomerFilter filter) {
        var q = Query.of(filter);
        return customers.count(filter.archived(), q.textLike, filter.csmUserId(), filter.phase(), q.failedOnly,
                q.driftOnly, q.waitingOn);
    }

    /** Writes the list a page at a time so that thousands of customers fit in little memory. */
    void exportCsv(CustomerFilter filter, CustomerSort sort, boolean ascending, Writer out) {
        var csmNames = new HashMap<Long, String>();
        users.activeWithRole(Role.CSM).forEach(p -> csmNames.put(p.id(), p.displayName()));
        try (var csv = SpreadsheetCsv.open(out, "name", "account id", "csm", "phase", "progress %", "failed steps",
                "waiting on", "last activity")) {
            for (int offset = 0;; offset += EXPORT_PAGE) {
                var page = list(filter, sort, ascending, offset, EXPORT_PAGE);
                for (var c : page) {
                    csv.row(c.getName(), new AccountId(c.getAccountId()),
                            c.getCsmUserId() == null ? "" : csmNames.getOrDefault(c.getCsmUserId(), ""),
                            c.getCurrentPhase(), c.progressPercent(), c.getFailedSteps(),
                            c.getWaitingOn().label(), c.getLastActivityAt());
                }
                if (page.size() < EXPORT_PAGE) {
                    return;
                }
            }
        }
    }

    private record Query(@Nullable String textLike, boolean failedOnly, boolean driftOnly,
            @Nullable WaitingOn waitingOn) {

        static Query of(CustomerFilter filter) {
            // Spaces and dashes match anything, so "1234-5678-9012" finds the account and "acme-corp" the name;
            // a typed % or _ is that character, not a wildcard.
            var text = filter.text() == null || filter.text().isBlank() ? null
                    : "%" + EscapeCharacter.DEFAULT.escape(filter.text().strip().toLowerCase(Locale.ROOT))
                            .replaceAll("[\\s-]+", "%") + "%";
            var status = filter.status();
            WaitingOn waitingOn = status == null ? null : switch (status) {
                case WAITING_ON_CUSTOMER -> WaitingOn.CUSTOMER;
                case WAITING_ON_OPS -> WaitingOn.OPS;
                case COMPLETE -> WaitingOn.NOBODY;
                case HAS_FAILED_STEPS, DRIFT -> null;
            };
            return new Query(text, status == CustomerFilter.Status.HAS_FAILED_STEPS,
                    status == CustomerFilter.Status.DRIFT, waitingOn);
        }
    }
}
