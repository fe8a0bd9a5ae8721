package com.onboarding.console.customers.service;

import com.onboarding.console.audit.domain.AuditAction;
import com.onboarding.console.audit.service.AuditService;
import com.onboarding.console.base.access.CustomerVisible;
import com.onboarding.console.base.access.StaffOnly;
import com.onboarding.console.base.live.CustomerChanges;
import com.onboarding.console.customers.domain.ChecklistShape;
import com.onboarding.console.customers.domain.Customer;
import com.onboarding.console.customers.domain.CustomerCreated;
import com.onboarding.console.customers.domain.CustomerRepository;
import com.onboarding.console.security.CurrentUser;
import java.io.Writer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, archives and lists customers: the one service the customer views use. Checking a draft and
 * querying the list are {@link CustomerDraftCheck}'s and {@link CustomerListing}'s.
 */
@Service
public class CustomerService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CustomerRepository customers;
    private final CustomerDraftCheck drafts;
    private final CustomerListing listing;
    private final AuditService audit;
    private final CustomerChanges changes;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ChecklistShape shape;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerDraftCheck drafts, CustomerListing listing,
            AuditService audit, CustomerChanges changes, ApplicationEventPublisher events, CurrentUser currentUser,
            ChecklistShape shape, Clock clock) {
        this.customers = customers;
        this.drafts = drafts;
        this.listing = listing;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.currentUser = currentUser;
        this.shape = shape;
        this.clock = clock;
    }

    @Transactional
    @StaffOnly
    public Customer create(CustomerDraft draft) {
        var details = drafts.check(draft, null);
        var customer = new Customer(newExternalId(), clock.instant());
        customer.apply(details);
        customers.saveAndFlush(customer);
        events.publishEvent(new CustomerCreated(customer.id()));
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_CREATED, customer.id(),
                customer.getName(), "Created customer for account " + customer.getAccountId()));
        changes.publish(customer.id());
        return customer;
    }

    /** Saves edits made on the version the editor saw; a stale edit is refused. */
    @Transactional
    @StaffOnly
    public Customer update(long customerId, long seenVersion, CustomerDraft draft) {
        var customer = load(customerId);
        if (customer.getVersion() != seenVersion) {
            throw new StaleCustomerException();
        }
        var before = customer.details();
        var after = drafts.check(draft, customerId);
        customer.apply(after);
        customer.touch(clock.instant());
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_UPDATED, customerId,
                customer.getName(), CustomerDraftCheck.describeChanges(before, after)));
        changes.publish(customerId);
        return customer;
    }

    @Transactional
    @StaffOnly
    public void setArchived(long customerId, boolean archived) {
        var customer = load(customerId);
        if (customer.isArchived() == archived) {
            return;
        }
        customer.setArchived(archived);
        audit.record(AuditService.Event.of(currentUser.name(),
                archived ? AuditAction.CUSTOMER_ARCHIVED : AuditAction.CUSTOMER_RESTORED, customerId,
                customer.getName(), null));
        changes.publish(customerId);
    }

    /** Switches the stalled-onboarding reminders to the customer on or off (the CSM's digest lists them still). */
    @Transactional
    @StaffOnly
    public void setReminders(long customerId, boolean on) {
        var customer = load(customerId);
        if (customer.isRemindersOff() != on) {
            return;
        }
        customers.setRemindersOff(customerId, !on);
        audit.record(AuditService.Event.of(currentUser.name(), AuditAction.CUSTOMER_UPDATED, customerId,
                customer.getName(), on ? "Reminders switched on" : "Reminders switched off"));
        changes.publish(customerId);
    }

    @Transactional(readOnly = true)
    @CustomerVisible
    public Customer get(long customerId) {
        return load(customerId);
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public List<Customer> list(CustomerFilter filter, CustomerSort sort, boolean ascending, int offset, int limit) {
        return listing.list(filter, sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    @StaffOnly
    public long count(CustomerFilter filter) {
        return listing.count(filter);
    }

    /** The phases a customer can be in, for filtering by them. */
    @StaffOnly
    public List<Integer> phases() {
        return IntStream.rangeClosed(1, shape.phases()).boxed().toList();
    }

    /** The names of the given customers, archived ones included, for lists that show them beside people. */
    @Transactional(readOnly = true)
    @StaffOnly
    public Map<Long, String> names(Collection<Long> customerIds) {
        return customers.findAllById(customerIds).stream().collect(Collectors.toMap(Customer::id, Customer::getName));
    }

    /** Writes the filtered list as CSV. */
    @Transactional(readOnly = true)
    @StaffOnly
    public void exportCsv(CustomerFilter filter, CustomerSort sort, boolean ascending, Writer out) {
        listing.exportCsv(filter, sort, ascending, out);
    }

    /** The root email address the template gives a customer, shown in the form before it is saved. */
    @StaffOnly
    public String suggestedRootEmail(@Nullable String name, @Nullable String accountId) {
        return drafts.suggestedRootEmail(name, accountId);
    }

    private Customer load(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> CustomerLookup.noSuchCustomer(customerId));
    }

    private static String newExternalId() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
